#!/usr/bin/env python3
"""Synthetic labeled log corpus (ID=ko): a dialysis clinic network and its home
dialysis program.

Writes ko.log (exactly 500 lines) and ko.labels.jsonl next to this script.
Standard library only, deterministic (fixed seed, fixed start clock).
All people, numbers and addresses are synthetic.

Sources imitated: Fresenius-2008T/5008-like treatment event records (key=value and
semicolon records), NxStage-like home cycler CSV exports, water treatment / chlorine
checks (key=value and CSV), patient flowsheets (JSON and legacy pipe), Mirth/HL7 v2.5.1
ORU^R01 lab feeds (one segment per physical line), monthly lab CSV extracts,
EQRS/CROWNWeb-like XML batch submissions (one element per line) and their client log,
transportation scheduling (pipe rows with header, vendor JSON), home supply delivery
events (JSON, logback, webhooks), transplant referral letters (one letter line per
log line), social worker notes (English, Spanish, Tagalog), Spring Boot/logback and
.NET (ILogger console, Serilog CLEF JSON) service noise, nginx access logs of the
patient portal, X12 271 eligibility responses, check-in kiosk syslog.

Labeling decisions:
- Only identifiers of patients and of persons tied to them (relatives, care partners,
  guarantors, emergency contacts) are labeled. Clinicians, nurses, techs, social
  workers, drivers, dispatchers, vendors, facilities, their NPIs, CCNs, business
  phones/faxes/emails and addresses are never labeled.
- Names: every written form (full, "Last, First", HL7 LAST^FIRST^M, upper/lower case,
  "F. Last") is one name span; honorifics (Mr., Sra., Gng.) are outside the span.
  Patient initials written as a person reference (e.g. "pt M.Y.Q.") are labeled name.
- Address: street line and city are separate address spans; state abbreviation is
  not labeled; ZIP (5 or ZIP+4) is its own zip span. PO Box / HC route lines are address.
- Dates: dates describing the patient's care or life are labeled date (birth, treatment
  or service date, specimen collection / result dates in OBR, ride/appointment dates,
  home delivery dates, dialysis start, hospitalization, referral/evaluation dates,
  training dates), in any written form, including month/year forms like 03/2019.
  Timestamps stamping when a record was written (line prefixes, MSH-7, syslog/nginx
  times, CSV event-time columns of machine exports, note/letter written-at headers,
  ISA/GS dates) are not labeled. EQRS facility reporting periods (2024-04) are not labeled.
- Age: only ages over 89 are labeled (the number only); other ages are left as text.
- mrn: clinic MRNs in any field (pt_id, PID-3, mrn, MRN-prefixed text). Only the number.
- health_plan: Medicare MBI, AHCCCS/Medicaid IDs, commercial member/subscriber IDs.
  Group numbers and payer IDs are not labeled.
- account: patient billing account (PID-18), home-supply customer accounts, card PANs.
- other_id: EQRS UPI, HL7 visit numbers (PV1-19), portal usernames of patients,
  transport rider IDs, social-service case numbers. Machine treatment/session IDs
  (tx=...), order numbers, trip IDs, tracking numbers, trace IDs are not labeled.
- device: serials of devices assigned to a home patient (home cycler SN, home scale,
  BP cuff MAC). In-center dialysis machine serials (shared chairs) are not labeled.
- ip: public IPs of patients using the portal; internal 10.x/172.x probes not labeled.
- biometric: fingerprint templates (base64) captured at the check-in kiosk.
- photo: base64 patient badge photos.
- vehicle: plates and VINs of patients'/relatives' vehicles.
- license: driver licence numbers of patients/relatives.
- url: personal URLs of a patient (fundraising page, social profile).
- fax/phone/email: personal contact data of patients and relatives only.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata

ID = "ko"
N_LINES = 500
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(21_0513_2024)


# --------------------------------------------------------------------------- builder
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
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append({"s": st, "e": len(self.buf), "cat": cat})
        self.vals.append(b)
        return self

    def seg(self, items, sep="|"):
        for i, it in enumerate(items):
            if i:
                self.t(sep)
            if isinstance(it, tuple):
                self.p(it[0], it[1])
            else:
                self.t(it)
        return self

    def text(self):
        return self.buf.decode("utf-8")


# --------------------------------------------------------------------------- clock
CLOCK = [dt.datetime(2024, 5, 13, 4, 38, 12, 104000)]
TODAY = dt.date(2024, 5, 13)


def tick(lo=2, hi=55):
    CLOCK[0] += dt.timedelta(seconds=rng.randint(lo, hi), milliseconds=rng.randint(0, 999))
    return CLOCK[0]


def ms(t):
    return f"{t.microsecond // 1000:03d}"


# --------------------------------------------------------------------------- helpers
def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def mk_mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    D = "0123456789"
    pat = ["123456789", A, A + D, D, A, A + D, D, A, A, D, D]
    return "".join(rng.choice(x) for x in pat)


def mk_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def luhn(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def mk_vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    wmi = rng.choice(["1FM", "1HG", "2T1", "5NP", "3GN", "1C4", "JTD"])
    v = list(wmi + "".join(rng.choice(chars) for _ in range(5)) + "0" + rng.choice("KLMNP") +
             rng.choice("ABCDEFGH") + digits(6))
    tot = sum((int(c) if c.isdigit() else trans[c]) * w[i] for i, c in enumerate(v))
    cd = tot % 11
    v[8] = "X" if cd == 10 else str(cd)
    return "".join(v)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]
BUWAN = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto",
         "Setyembre", "Oktubre", "Nobyembre", "Disyembre"]


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "us_nopad":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dmon":
        return d.strftime("%d-%b-%Y")
    if style == "dmon_up":
        return d.strftime("%d%b%Y").upper()
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "es":
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "tl":
        return f"{BUWAN[d.month - 1]} {d.day}, {d.year}"
    raise ValueError(style)


def fphone(ph, style):
    a, b, c = ph
    return {
        "paren": f"({a}) {b}-{c}",
        "paren_tight": f"({a}){b}-{c}",
        "dash": f"{a}-{b}-{c}",
        "dot": f"{a}.{b}.{c}",
        "plain": f"{a}{b}{c}",
        "e164": f"+1{a}{b}{c}",
        "intl": f"+1 {a} {b} {c}",
        "space": f"{a} {b} {c}",
    }[style]


def rphone(style=None):
    ph = (rng.choice(["480", "602", "623", "520", "928"]), str(rng.randint(200, 989)), digits(4))
    return fphone(ph, style or rng.choice(["paren", "dash", "dot", "plain", "e164", "space"]))


# --------------------------------------------------------------------------- people
FIRST_F = ["Marisol", "Thi Hoa", "Corazon", "Folasade", "Siobhan", "Guadalupe", "Ngozi", "Leilani",
           "Esperanza", "Ewa", "Mai", "Lakshmi", "Gwendolyn", "Imelda", "Malia", "Beatriz", "Nkechi",
           "Consuelo", "Rosario", "Jae-eun", "Fatima", "Ivy", "Dolores", "Hania", "Mercedes"]
FIRST_M = ["Oluwaseun", "Bartłomiej", "Raghunath", "Kekoa", "Dmitri", "Ahmad", "Tomasz", "Jomar",
           "Hiroshi", "Yusuf", "Wendell", "Pradeep", "Anh", "Teodoro", "Darnell", "Fernando", "Khalid",
           "Tuan", "Jae-won", "Ramón", "Eusebio", "Kwabena", "Lorenzo", "Delbert", "Hemi"]
LAST = ["Ybarra-Quintero", "Nguyen", "Adeyemi", "Dimaculangan", "Park", "Wiśniewski", "Al-Hashimi",
        "Venkataraman", "O'Sullivan", "Kahananui", "Volkov", "de la Cruz", "van der Berg", "Okafor-Reyes",
        "Tran", "Kowalczyk", "Echeverría", "Bautista", "Eze", "Tanaka", "Haddad", "McAllister", "Santos",
        "Begay", "Castellanos", "Oyelaran", "Hernández", "St. Pierre", "D'Angelo", "Villanueva", "Yazzie",
        "Ramírez-Paz", "Lê", "Abdullah", "Dela Rosa", "Nakamura", "Boateng", "Tsosie", "Fa'alogo",
        "Magbanua"]
STREETS = ["W Thomas Rd", "E Broadway Rd", "N 67th Ave", "S Central Ave", "W Roeser Rd", "E McDowell Rd",
           "N 35th Ave", "W Indian School Rd", "E University Dr", "S Rural Rd", "W Van Buren St",
           "N Scottsdale Rd", "E Apache Blvd", "W Camelback Rd", "S 16th St", "E Main St", "N Dysart Rd",
           "W Baseline Rd", "E Florence Blvd", "N Alvernon Way"]
UNITS = ["", "", "", " Apt 212", " Unit 4", " Lot 14", " #B", " Spc 33", " Apt 1107"]
CITIES = [("Phoenix", "850"), ("Mesa", "852"), ("Glendale", "853"), ("Tempe", "852"), ("Chandler", "852"),
          ("Avondale", "853"), ("Tolleson", "853"), ("Guadalupe", "852"), ("Casa Grande", "851"),
          ("Tucson", "857"), ("Kayenta", "860"), ("Yuma", "853"), ("Maricopa", "851"), ("Laveen", "850")]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "cox.net"]
REL_F = ["Ana", "Kim", "Lucía", "Precious", "Joy", "Mele", "Aiyana", "Zofia", "Hoa", "Nadia", "Tala", "Nizhoni"]
REL_M = ["Jomar", "Luis", "Chidi", "Bao", "Kai", "Marek", "Omar", "Tavita", "Darius", "Paolo", "Jean-Luc"]


class P:
    pass


def _cycle(lst):
    lst = list(lst)
    while True:
        rng.shuffle(lst)
        yield from lst


FIRST_CYCLE = {"F": _cycle(FIRST_F), "M": _cycle(FIRST_M)}


def mk_patient(i, home):
    p = P()
    p.sex = rng.choice("FM")
    p.first = next(FIRST_CYCLE[p.sex])
    p.last = LAST[i % len(LAST)] if i < len(LAST) else rng.choice(LAST)
    p.mi = rng.choice("ABCDEJLMRST")
    if i % 6 == 3:
        p.dob = dt.date(rng.randint(1928, 1933), rng.randint(1, 12), rng.randint(1, 28))
    else:
        p.dob = dt.date(rng.randint(1940, 1996), rng.randint(1, 12), rng.randint(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.mrn = rng.choice(["00", "01", "02"]) + digits(6)
    p.mbi = mk_mbi()
    p.medicaid = "A" + digits(8)
    p.member = rng.choice(["XJH", "W", "ZGP", "MEM"]) + digits(9)
    p.acct = rng.choice(["40", "41", "72"]) + digits(8)
    p.supply_acct = "HA-" + digits(7)
    p.ssn = mk_ssn()
    p.upi = str(rng.randint(1200000, 9899999))
    p.visit = "V" + digits(9)
    p.rider = "RID" + digits(6)
    city, zp = rng.choice(CITIES)
    p.street = f"{rng.randint(102, 9899)} {rng.choice(STREETS)}{rng.choice(UNITS)}"
    if city == "Kayenta":
        p.street = f"HC 61 Box {rng.randint(100, 9999)}"
    p.city = city
    p.zip = zp + digits(2)
    p.zip4 = p.zip + "-" + digits(4)
    p.phone = (rng.choice(["480", "602", "623", "520", "928"]), str(rng.randint(201, 989)), digits(4))
    base = (p.first.split()[0] + "." + p.last).lower()
    base = unicodedata.normalize("NFKD", base.replace("ł", "l")).encode("ascii", "ignore").decode()
    base = base.replace(" ", "").replace("'", "")
    p.email = rng.choice([base, base.replace(".", "") + str(p.dob.year % 100), p.first[0].lower() + base.split(".", 1)[1],
                          base + str(rng.randint(1, 99))]) + "@" + rng.choice(EMAIL_DOM)
    p.username = (p.first[0] + base.split(".", 1)[1]).lower()[:12] + str(rng.randint(1, 99))
    p.ip = f"{rng.choice([68, 70, 72, 98, 174, 184, 24, 97, 107])}.{rng.randint(1, 254)}.{rng.randint(0, 254)}.{rng.randint(1, 254)}"
    p.home = home
    p.dev = f"NXS1-{digits(2)}{rng.choice('ABCDEFGH')}-{digits(5)}"
    p.scale = f"WS-{digits(4)}-{digits(3)}"
    p.mac = ":".join(["A4", "C1", "38"] + [f"{rng.randint(0, 255):02X}" for _ in range(3)])
    if rng.random() < 0.55:
        p.rel_first = rng.choice(REL_F)
        p.rel_kind = rng.choice(["daughter", "niece", "sister", "wife" if p.sex == "M" else "daughter"])
    else:
        p.rel_first = rng.choice(REL_M)
        p.rel_kind = rng.choice(["son", "grandson", "nephew", "husband" if p.sex == "F" else "son"])
    p.rel_phone = (rng.choice(["480", "602", "623"]), str(rng.randint(201, 989)), digits(4))
    p.start = dt.date(rng.randint(2012, 2023), rng.randint(1, 12), rng.randint(1, 28))
    return p


PATIENTS = [mk_patient(i, home=(i % 3 == 0)) for i in range(40)]
HOME = [p for p in PATIENTS if p.home]
INCENTER = [p for p in PATIENTS if not p.home]


def nm(p, style):
    f, l_, m = p.first, p.last, p.mi
    return {
        "fl": f"{f} {l_}",
        "fml": f"{f} {m}. {l_}",
        "lf": f"{l_}, {f}",
        "LF": f"{l_.upper()}, {f.upper()}",
        "LFsp": f"{l_.upper()} {f.upper()}",
        "hl7": f"{l_.upper()}^{f.upper()}^{m}",
        "lower": f"{f.lower()} {l_.lower()}",
        "init": f"{f[0]}. {l_}",
        "caret2": f"{l_.upper()}^{f.upper()}",
        "initials": ".".join(w[0].upper() for w in (f.split() + l_.replace("-", " ").split())) + ".",
    }[style]


def pick_name_style():
    return rng.choice(["fl", "fml", "lf", "LF", "LFsp", "lower", "init"])


NEPHS = [("MEHTA", "ANJALI", "1609827734"), ("ASANTE", "KWAME", "1902214487"), ("HOFFMANN", "STEFAN", "1346650921"),
         ("VILLALOBOS", "ROSA", "1780544312"), ("LINDQVIST", "PETER", "1225093388")]
RNS = ["R. Castillo RN", "M. Oduya RN", "T. Brennan RN", "S. Iqbal RN", "C. Whitehorse RN"]
TECHS = ["JMR", "DPT", "KLB", "AWS", "RVH", "mcordova", "tnguyen2"]
SWS = ["Lourdes Morales, LMSW", "Grace Tolentino, MSW", "Brian Keough, LCSW"]
SITES = [("PHXW", "SKC Phoenix West", "032581"), ("MESA", "SKC Mesa Riverview", "032617"),
         ("TOLL", "SKC Tolleson", "032644"), ("TEMPEHP", "SKC Home Program Tempe", "032702"),
         ("CASA", "SKC Casa Grande", "032655")]


ROT = {}


def rot(key, n):
    """Cycle through n variants so every variant is used; returns a value in (0, 1)."""
    k = ROT.get(key, rng.randrange(n))
    ROT[key] = k + 1
    return ((k % n) + 0.5) / n


def chair():
    return f"{rng.choice('ABCD')}{rng.randint(1, 18):02d}"


def future_date(lo=1, hi=20):
    return TODAY + dt.timedelta(days=rng.randint(lo, hi))


def past_date(lo=1, hi=60):
    return TODAY - dt.timedelta(days=rng.randint(lo, hi))


# --------------------------------------------------------------------------- families
def ch_fms():
    out = []
    p = rng.choice(INCENTER)
    sn = "8TDS" + digits(5)
    ch = chair()
    tx = f"T{CLOCK[0]:%y%m%d}{digits(5)}"
    gw = rng.randint(1, 4)
    t = tick()
    L = Line("fms_tmon_kv")
    L.t(f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} INFO  [tmon-gw-{gw}] dev=2008T sn={sn} chair={ch} evt=TX_START tx={tx} pt_id=")
    L.p(p.mrn, "mrn")
    if rng.random() < 0.6:
        L.t(' pt="').p(nm(p, rng.choice(["LF", "lf", "LFsp"])), "name").t('"')
    L.t(f" qb={rng.choice([300, 350, 400, 450])} qd={rng.choice([500, 600, 700, 800])} "
        f"dlz={rng.choice(['Optiflux F180NR', 'Optiflux F200NR', 'F160NR'])} bath=2K/2.5Ca "
        f"uf_goal={rng.randint(8, 42) / 10:.1f}L hep_bolus={rng.choice([0, 1000, 2000, 3000])}U")
    out.append(L)
    if rng.random() < 0.45:
        t = tick(20, 90)
        L = Line("fms_tmon_kv")
        L.t(f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} INFO  [tmon-gw-{gw}] dev=2008T sn={sn} chair={ch} evt=WEIGHT_SYNC scale=chair-scale-{rng.randint(1, 9)} pt_init=")
        L.p(nm(p, "initials"), "name").t(f" pre_wt={rng.randint(480, 1250) / 10:.1f}kg standing=Y tx={tx}")
        out.append(L)
    for _ in range(rng.randint(2, 4)):
        t = tick(30, 240)
        L = Line("fms_tmon_kv")
        r = rng.random()
        pre = f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} "
        if r < 0.5:
            s, d = rng.randint(96, 182), rng.randint(48, 98)
            L.t(pre + f"INFO  [tmon-gw-{gw}] dev=2008T sn={sn} chair={ch} evt=BP_READ tx={tx} sys={s} dia={d} "
                f"map={(s + 2 * d) // 3} hr={rng.randint(58, 112)} src=auto")
        elif r < 0.8:
            code, txt, key = rng.choice([("VEN_P_HIGH", "venous pressure high", "vp"), ("ART_P_LOW", "arterial pressure low", "ap"),
                                         ("TMP_HIGH", "TMP above limit", "tmp"), ("BLD_LEAK", "blood leak detector", "bld"),
                                         ("COND_RANGE", "conductivity out of range", "cond")])
            L.t(pre + f"WARN  [tmon-gw-{gw}] dev=2008T sn={sn} chair={ch} evt=ALARM code={code} msg=\"{txt}\" "
                f"{key}={rng.randint(-260, 320)} tx={tx} ack_by={rng.choice(TECHS)} ack_ms={rng.randint(900, 48000)}")
        else:
            L = Line("fms5008_semicolon")
            L.t(f"5008S;SN=5R2A{digits(5)};{t:%d.%m.%Y %H:%M:%S};EVT=0x{rng.randint(256, 4095):03X};"
                f"TXT={rng.choice(['Arterial pressure lower limit', 'Air detector', 'Substitution fluid low', 'OCM measurement done'])};"
                f"QB={rng.choice([300, 350, 400])};KTV_OCM={rng.randint(90, 170) / 100:.2f};SW=5.4.12")
        out.append(L)
    t = tick(60, 300)
    L = Line("fms_tmon_kv")
    L.t(f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} INFO  [tmon-gw-{gw}] dev=2008T sn={sn} chair={ch} evt=TX_END tx={tx} "
        f"dur={rng.randint(3, 4)}:{rng.randint(0, 59):02d} uf_removed={rng.randint(6, 40) / 10:.1f}L "
        f"blood_proc={rng.randint(600, 980) / 10:.1f}L ktv_ocm={rng.randint(110, 180) / 100:.2f}")
    if rng.random() < 0.35:
        L.t(" pt_id=").p(p.mrn, "mrn").t(" svc_date=").p(fdate(TODAY, "iso"), "date")
    out.append(L)
    return out


def ch_nxstage():
    out = []
    p = rng.choice(HOME)
    t = tick()
    day = past_date(1, 3)
    L = Line("nxstage_csv")
    L.t(f"# NxStage System One export v3.{rng.randint(1, 4)} | device=").p(p.dev, "device")
    L.t(f" | sw=SYS1-{rng.randint(5, 7)}.{rng.randint(0, 9)}.{rng.randint(0, 30)} | cartridge_lot=CX{rng.randint(2401, 2405)}-{digits(3)} | patient=")
    L.p(nm(p, rng.choice(["LF", "fl", "lf"])), "name").t(" | dob=").p(fdate(p.dob, rng.choice(["us", "iso"])), "date")
    out.append(L)
    if rng.random() < 0.7:
        out.append(Line("nxstage_csv").t("timestamp,event_code,event_desc,value,unit,flags"))
    st = dt.datetime.combine(day, dt.time(rng.randint(17, 20), rng.randint(0, 59), rng.randint(0, 59)))
    evs = [("1101", "TREATMENT_START", "", ""), ("2210", "BP_PRE", f"{rng.randint(100, 170)}/{rng.randint(55, 95)}", "mmHg"),
           ("3301", "FLOW_RATE_SET", str(rng.choice([300, 350, 400, 450])), "mL/min"), ("4402", "ALARM_AIR_IN_LINE", "", "W"),
           ("3320", "DIALYSATE_VOL", f"{rng.randint(15, 30)}.0", "L"), ("3340", "FLUID_REMOVED", f"{rng.randint(8, 30) / 10:.1f}", "L"),
           ("1190", "TREATMENT_END", "", "")]
    sel = [evs[0]] + rng.sample(evs[1:-1], rng.randint(2, 4)) + [evs[-1]]
    for code, desc, val, unit in sel:
        st += dt.timedelta(minutes=rng.randint(5, 70), seconds=rng.randint(0, 59))
        tick(1, 4)
        flags = unit if unit == "W" else ""
        unit = "" if unit == "W" else unit
        out.append(Line("nxstage_csv").t(f"{st:%Y-%m-%dT%H:%M:%S},{code},{desc},{val},{unit},{flags}"))
    t = tick()
    L = Line("java_logback")
    L.t(f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)}  INFO 7123 --- [sync-pool-3] c.s.home.sync.NxUploadService      : upload accepted device=")
    L.p(p.dev, "device").t(f" rows={len(sel)} patientRef=").p(p.mrn, "mrn").t(f" treatmentDate=").p(fdate(day, "iso"), "date")
    L.t(f" elapsedMs={rng.randint(80, 900)}")
    out.append(L)
    return out


def ch_water():
    out = []
    code, site, ccn = rng.choice(SITES)
    for _ in range(rng.randint(2, 4)):
        t = tick()
        r = rng.random()
        L = Line("water_kv")
        if r < 0.35:
            tot = rng.choice([0.0, 0.02, 0.02, 0.04, 0.06, 0.08, 0.12])
            res = "PASS" if tot < 0.1 else "FAIL"
            L.t(f"{t:%Y-%m-%d %H:%M} WTR-CHK site={code} point=WORKER_TANK_OUT test=total_chlorine method=DPD "
                f"result={tot:.2f}mg/L limit<0.10 status={res} tech={rng.choice(TECHS)} strip_lot=HC{digits(6)}")
        elif r < 0.55:
            L.t(f"{t:%Y-%m-%d %H:%M} WTR-RO site={code} permeate_cond={rng.randint(40, 190) / 10:.1f}uS/cm "
                f"rejection={rng.randint(950, 995) / 10:.1f}% feed_psi={rng.randint(48, 70)} product_gpm={rng.randint(30, 55) / 10:.1f} "
                f"temp_c={rng.randint(180, 290) / 10:.1f}")
        elif r < 0.7:
            L = Line("water_csv")
            if rng.random() < 0.4:
                L.t("date,time,site,softener_hardness_gpg,carbon_primary_tcl,carbon_polisher_tcl,initials")
                out.append(L)
                L = Line("water_csv")
            L.t(f"{t:%m/%d/%Y},{t:%H:%M},{code},{rng.choice([0, 0, 0, 1])},{rng.choice(['0.00', '0.02', '0.04'])},"
                f"{rng.choice(['0.00', '0.02'])},{rng.choice(TECHS[:5])}")
        elif r < 0.82:
            L.t(f"{t:%Y-%m-%d %H:%M} WTR-ALERT site={code} total_chlorine=0.{rng.randint(10, 30)} mg/L at WORKER_TANK_OUT "
                f">= 0.10 -> retest in 30 min, notify charge nurse; policy WT-014 hold new treatments if confirmed")
        else:
            L.t(f"{t:%Y-%m-%d %H:%M} WTR-MICRO site={code} sample=LOOP-{rng.randint(1, 4)} culture_cfu_ml={rng.randint(0, 60)} "
                f"action_level=50 endotoxin_eu_ml={rng.randint(1, 30) / 100:.2f} lab_ref=AQ-{digits(7)}")
        out.append(L)
    return out


def ch_flowsheet():
    out = []
    p = rng.choice(INCENTER + HOME[:3])
    t = tick()
    pre = rng.randint(480, 1280) / 10
    post = pre - rng.randint(5, 40) / 10
    if rng.random() < 0.65:
        L = Line("flowsheet_json")
        L.t(f'{{"ts":"{t:%Y-%m-%dT%H:%M:%S}-07:00","type":"flowsheet.saved","flowsheetId":"FS-{digits(8)}","mrn":"')
        L.p(p.mrn, "mrn").t('","patientName":"').p(nm(p, rng.choice(["fl", "lf", "LF"])), "name")
        L.t('","txDate":"').p(fdate(TODAY, "iso"), "date").t('","ageYears":')
        if p.age > 89:
            L.p(str(p.age), "age")
        else:
            L.t(str(p.age))
        L.t(",")
        L.t(f'"preWeightKg":{pre:.1f},"postWeightKg":{post:.1f},"edwKg":{post - rng.randint(0, 8) / 10:.1f},'
            f'"preBP":"{rng.randint(110, 180)}/{rng.randint(60, 98)}","postBP":"{rng.randint(100, 160)}/{rng.randint(55, 90)}",'
            f'"access":{{"type":"{rng.choice(["AVF", "AVG", "CVC"])}","site":"{rng.choice(["L forearm", "R upper arm", "L upper arm", "R IJ", "L brachiocephalic"])}",'
            f'"thrill":{rng.choice(["true", "false"])},"bruit":{rng.choice(["true", "false"])},"needles":"{rng.choice(["15g", "16g", "17g"])}"}},'
            f'"chair":"{chair()}","nurse":"{rng.choice(RNS)}"}}')
        out.append(L)
    else:
        L = Line("flowsheet_legacy")
        L.t(f"FLWSHT|{t:%Y%m%d%H%M}|{rng.choice(SITES)[0]}|PT=").p(nm(p, "LF").replace(", ", ","), "name")
        L.t("|MRN=").p(p.mrn, "mrn").t("|DOS=").p(fdate(TODAY, "us"), "date")
        L.t(f"|PREWT={pre:.1f}|POSTWT={post:.1f}|ACC={rng.choice(['LFA AVF', 'RUA AVG', 'RIJ TDC'])}|CANN=2x15G|"
            f"BLEED_TIME={rng.randint(5, 20)}MIN|RN={rng.choice(RNS).split()[1].upper()}")
        out.append(L)
    if rng.random() < 0.4:
        t = tick()
        out.append(Line("java_logback").t(
            f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} DEBUG 7123 --- [http-nio-8443-exec-{rng.randint(1, 20)}] c.s.flowsheet.FlowsheetRepository : "
            f"saved version={rng.randint(1, 5)} rows=1 elapsedMs={rng.randint(3, 60)} traceId={hexs(32)} spanId={hexs(16)}"))
    return out


def ch_hl7():
    out = []
    p = rng.choice(PATIENTS)
    t = tick()
    ctl = f"SPX{t:%y%m%d%H%M%S}{digits(2)}"
    out.append(Line("mirth_log").t(
        f" INFO {t:%Y-%m-%d %H:%M:%S},{ms(t)} [Channel: SPECTRA_ORU_IN / Source] connector: received message "
        f"id={rng.randint(100000, 999999)} size={rng.randint(1800, 5200)}B from 10.60.{rng.randint(1, 9)}.{rng.randint(2, 250)}:{rng.randint(40000, 60000)}"))
    out.append(Line("hl7_oru").t(f"MSH|^~\\&|SPECTRA|SPECTRA_EAST|KIDNEYHUB|SKC|{t:%Y%m%d%H%M%S}||ORU^R01^ORU_R01|{ctl}|P|2.5.1"))
    L = Line("hl7_oru")
    L.seg(["PID", "1", ""]).t("|").p(p.mrn, "mrn").t("^^^SKC^MR~").p(p.mbi, "health_plan").t("^^^CMS^MB||")
    L.p(nm(p, "hl7"), "name").t("||").p(fdate(p.dob, "hl7"), "date").t(f"|{p.sex}|||")
    L.p(p.street, "address").t("^^").p(p.city.upper(), "address").t("^AZ^").p(p.zip, "zip").t("^USA||")
    L.p(fphone(p.phone, "paren_tight"), "phone").t("|||||").p(p.acct, "account").t("|").p(p.ssn, "ssn")
    out.append(L)
    doc = rng.choice(NEPHS)
    if rng.random() < 0.7:
        L = Line("hl7_oru")
        L.t(f"PV1|1|O|{rng.choice(SITES)[0]}^{chair()}^^SKC||||{doc[2]}^{doc[0]}^{doc[1]}^^^^MD|||NEP|||||||||")
        L.p(p.visit, "other_id").t("^^^SKC^VN" + "|" * 25)
        L.p(fdate(TODAY, "hl7") + f"{rng.randint(5, 9):02d}{rng.randint(0, 59):02d}", "date")
        out.append(L)
    ordn = digits(9)
    out.append(Line("hl7_oru").t(f"ORC|RE|{ordn}^SKC|{rng.choice('ABCDE')}{digits(8)}^SPECTRA||CM||||{t:%Y%m%d%H%M}|||{doc[2]}^{doc[0]}^{doc[1]}"))
    coll = dt.datetime.combine(past_date(0, 2), dt.time(rng.randint(5, 11), rng.randint(0, 59)))
    L = Line("hl7_oru")
    L.t(f"OBR|1|{ordn}^SKC|{digits(9)}^SPECTRA|{rng.choice(['LABMON^Monthly Dialysis Panel^L', 'CMP^Comprehensive Metabolic Panel^LN', 'PTH^Intact PTH^L'])}|||")
    L.p(f"{coll:%Y%m%d%H%M}", "date").t(f"||||||||{doc[2]}^{doc[0]}^{doc[1]}||||||")
    L.p(f"{coll + dt.timedelta(hours=rng.randint(6, 30)):%Y%m%d%H%M}", "date").t("|||F")
    out.append(L)
    obx = [("718-7", "Hemoglobin", "g/dL", 8.0, 12.5, "11.0-15.0"), ("1751-7", "Albumin", "g/dL", 2.8, 4.4, "3.5-5.0"),
           ("2777-1", "Phosphorus", "mg/dL", 2.5, 8.9, "2.5-4.5"), ("17861-6", "Calcium", "mg/dL", 7.8, 10.6, "8.6-10.3"),
           ("2823-3", "Potassium", "mmol/L", 3.2, 6.8, "3.5-5.1"), ("2276-4", "Ferritin", "ng/mL", 80, 1400, "30-400"),
           ("2160-0", "Creatinine", "mg/dL", 4.0, 13.5, "0.6-1.2"), ("3094-0", "BUN", "mg/dL", 20, 95, "7-20")]
    for i, (loinc, name, unit, lo, hi, rr) in enumerate(rng.sample(obx, rng.randint(3, 6)), 1):
        v = rng.uniform(lo, hi)
        vs = f"{v:.1f}" if hi < 50 else f"{int(v)}"
        flag = "H" if v > float(rr.split("-")[1]) else ("L" if v < float(rr.split("-")[0]) else "N")
        out.append(Line("hl7_oru").t(f"OBX|{i}|NM|{loinc}^{name}^LN||{vs}|{unit}|{rr}|{flag}|||F"))
    if rng.random() < 0.3:
        out.append(Line("hl7_oru").t(rng.choice([
            "NTE|1|L|Specimen slightly hemolyzed; potassium may be falsely elevated.",
            "NTE|1|L|Critical value called to charge RN and read back.",
            "NTE|1|L|Post-dialysis BUN drawn using stop-flow method per protocol."])))
    return out


def ch_labs_csv():
    out = []
    if rng.random() < 0.8:
        out.append(Line("labs_csv").t("mrn,last_name,first_name,dob,draw_date,hgb,alb,phos,ca,pth,sp_ktv,urr,tsat,ferritin"))
    draw = past_date(2, 9)
    for p in rng.sample(PATIENTS, rng.randint(3, 5)):
        tick(0, 2)
        L = Line("labs_csv")
        L.p(p.mrn, "mrn").t(",")
        last = p.last if "," not in p.last else f'"{p.last}"'
        L.p(last, "name").t(",").p(p.first, "name").t(",").p(fdate(p.dob, "us"), "date").t(",").p(fdate(draw, "us"), "date")
        L.t(f",{rng.randint(80, 125) / 10:.1f},{rng.randint(28, 44) / 10:.1f},{rng.randint(25, 89) / 10:.1f},"
            f"{rng.randint(78, 106) / 10:.1f},{rng.randint(90, 1400)},{rng.randint(110, 190) / 100:.2f},{rng.randint(62, 80)},"
            f"{rng.randint(12, 48)},{rng.randint(90, 1300)}")
        out.append(L)
    t = tick()
    out.append(Line("java_logback").t(
        f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)}  INFO 6610 --- [quartz-worker-2] c.s.labs.MonthlyLabExtractJob      : "
        f"extract {rng.choice(SITES)[0]} period={draw:%Y-%m} rows={rng.randint(40, 160)} rejected={rng.randint(0, 4)} "
        f"file=/data/outbound/labs/monthly_{draw:%Y%m}_{digits(4)}.csv sha1={hexs(40)}"))
    return out


def ch_eqrs():
    out = []
    code, site, ccn = rng.choice(SITES)
    batch = f"B-{TODAY:%Y%m%d}-{rng.randint(1, 99):04d}"
    t = tick()
    out.append(Line("eqrs_client").t(
        f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)}  INFO 5120 --- [eqrs-batch-1] c.s.eqrs.BatchBuilder : building {batch} ccn={ccn} "
        f"period=2024-04 patients={rng.randint(30, 140)} schema=eqrs-clinical-3.2.xsd"))
    out.append(Line("eqrs_xml").t('<?xml version="1.0" encoding="UTF-8"?>'))
    out.append(Line("eqrs_xml").t(f'<eqrs:BatchSubmission xmlns:eqrs="urn:cms:eqrs:clinical:v3" batchId="{batch}" facilityCcn="{ccn}" reportingPeriod="2024-04">'))
    for p in rng.sample(PATIENTS, 1):
        tick(0, 1)
        out.append(Line("eqrs_xml").t("  <eqrs:Patient>"))
        out.append(Line("eqrs_xml").t('    <eqrs:PatientIdentifier type="UPI">').p(p.upi, "other_id").t("</eqrs:PatientIdentifier>"))
        if rng.random() < 0.8:
            out.append(Line("eqrs_xml").t("    <eqrs:MedicareBeneficiaryIdentifier>").p(p.mbi, "health_plan").t("</eqrs:MedicareBeneficiaryIdentifier>"))
        out.append(Line("eqrs_xml").t("    <eqrs:Name><eqrs:Last>").p(p.last, "name").t("</eqrs:Last><eqrs:First>").p(p.first, "name").t("</eqrs:First></eqrs:Name>"))
        out.append(Line("eqrs_xml").t("    <eqrs:BirthDate>").p(fdate(p.dob, "iso"), "date").t("</eqrs:BirthDate>"))
        out.append(Line("eqrs_xml").t(f"    <eqrs:Gender>{p.sex}</eqrs:Gender>"))
        if rng.random() < 0.6:
            out.append(Line("eqrs_xml").t("    <eqrs:ResidenceZip>").p(p.zip, "zip").t("</eqrs:ResidenceZip>"))
        out.append(Line("eqrs_xml").t("    <eqrs:Clinical>"))
        out.append(Line("eqrs_xml").t(f'      <eqrs:Hemoglobin unit="g/dL">{rng.randint(80, 125) / 10:.1f}</eqrs:Hemoglobin>'))
        out.append(Line("eqrs_xml").t(f"      <eqrs:SpKtV>{rng.randint(110, 190) / 100:.2f}</eqrs:SpKtV>"))
        if rng.random() < 0.6:
            out.append(Line("eqrs_xml").t(f'      <eqrs:Phosphorus unit="mg/dL">{rng.randint(25, 89) / 10:.1f}</eqrs:Phosphorus>'))
        out.append(Line("eqrs_xml").t(f'      <eqrs:VascularAccess type="{rng.choice(["AVF", "AVG", "CVC"])}" catheterGt90Days="{rng.choice(["false", "true"])}"/>'))
        out.append(Line("eqrs_xml").t(f'      <eqrs:Modality>{"HHD" if p.home else "ICHD"}</eqrs:Modality>'))
        if rng.random() < 0.5:
            out.append(Line("eqrs_xml").t("      <eqrs:DialysisStartDate>").p(fdate(p.start, "iso"), "date").t("</eqrs:DialysisStartDate>"))
        out.append(Line("eqrs_xml").t("    </eqrs:Clinical>"))
        out.append(Line("eqrs_xml").t("  </eqrs:Patient>"))
    out.append(Line("eqrs_xml").t("</eqrs:BatchSubmission>"))
    t = tick()
    out.append(Line("eqrs_client").t(
        f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)}  INFO 5120 --- [eqrs-batch-1] c.s.eqrs.EqrsClient : POST https://eqrs-gateway.example.cms.gov/api/v3/batches "
        f"-> 202 Accepted submissionId={uuid4()} bytes={rng.randint(30000, 400000)} took={rng.randint(300, 4800)}ms"))
    if rng.random() < 0.5:
        p = rng.choice(PATIENTS)
        t = tick()
        L = Line("eqrs_client")
        L.t(f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)}  WARN 5120 --- [eqrs-poll-2] c.s.eqrs.ResponsePoller : {batch} record {rng.randint(1, 120)} "
            f"rejected E-{rng.randint(1000, 1999)}: UPI ").p(p.upi, "other_id").t(" BirthDate on file ")
        L.p(fdate(p.dob, "iso"), "date").t(" does not match CMS-2728 (").p(fdate(p.dob + dt.timedelta(days=rng.choice([1, 31, 365])), "us"), "date").t(")")
        out.append(L)
    return out


def ch_transport():
    out = []
    t = tick()
    if rng.random() < 0.6:
        out.append(Line("transport_pipe").t("trip_id|service_date|pickup_time|rider|rider_phone|pickup_address|city|zip|destination|chair_time|mode|notes"))
    svc = future_date(1, 3)
    for _ in range(rng.randint(2, 4)):
        tick(0, 3)
        p = rng.choice(INCENTER)
        L = Line("transport_pipe")
        pu = dt.datetime(2024, 1, 1, rng.randint(4, 12), rng.choice([5, 15, 30, 45]))
        chair_t = pu + dt.timedelta(minutes=rng.choice([45, 60, 75, 90]))
        L.t(f"TR-{digits(6)}|").p(fdate(svc, rng.choice(["us", "iso"])), "date").t(f"|{pu:%H:%M}|")
        L.p(nm(p, rng.choice(["lf", "LF", "fl", "lower"])), "name").t("|").p(fphone(p.phone, rng.choice(["plain", "dash", "paren"])), "phone").t("|")
        L.p(p.street, "address").t("|").p(p.city, "address").t("|").p(p.zip, "zip")
        dest = rng.choice(SITES[:3] + SITES[4:])
        L.t(f"|{dest[1]}|{chair_t:%H:%M}|{rng.choice(['AMB', 'WC', 'WC', 'STR', 'SEDAN'])}|")
        r = rng.random()
        if r < 0.3:
            L.t(f"{p.rel_kind} ").p(p.rel_first, "name").t(" meets driver, call ").p(fphone(p.rel_phone, "dash"), "phone")
        elif r < 0.55:
            L.t(rng.choice(["needs lift", "oxygen 2L", "gate code at office", "uses walker", "standing order MWF"]))
        out.append(L)
    t = tick()
    out.append(Line("transport_log").t(
        f"{t:%Y-%m-%dT%H:%M:%S}.{ms(t)}-07:00 [dispatch-optimizer] INFO batch={rng.randint(100, 999)} trips={rng.randint(40, 160)} "
        f"assigned={rng.randint(30, 150)} unassigned={rng.randint(0, 6)} vehicles={rng.randint(10, 40)} solve_ms={rng.randint(200, 9000)}"))
    if rng.random() < 0.45:
        p = rng.choice(INCENTER)
        if rng.random() < 0.4:
            p = rng.choice([q for q in INCENTER if q.age > 89] or INCENTER)
        t = tick()
        L = Line("transport_json")
        L.t(f'{{"event":"ride.booked","rideId":"{uuid4()}","riderId":"').p(p.rider, "other_id")
        L.t('","memberId":"').p(p.medicaid, "health_plan").t('","plan":"AHCCCS Complete Care","riderAge":')
        if p.age > 89:
            L.p(str(p.age), "age")
        else:
            L.t(str(p.age))
        L.t(',"apptDate":"')
        L.p(fdate(future_date(1, 9), "iso"), "date").t(f'","apptTime":"{rng.randint(5, 14):02d}:30","pickup":{{"line1":"')
        L.p(p.street, "address").t('","city":"').p(p.city, "address").t('","state":"AZ","zip":"').p(p.zip4, "zip")
        L.t(f'"}},"return":"will-call","broker":"Saguaro NEMT","createdBy":"{rng.choice(["sched.bot", "dispatch.anna", "dispatch.lwang"])}"}}')
        out.append(L)
    if rng.random() < 0.5:
        t = tick()
        out.append(Line("transport_log").t(
            f"{t:%Y-%m-%dT%H:%M:%S}.{ms(t)}-07:00 [dispatch-api] INFO trip TR-{digits(6)} status=ARRIVED veh={rng.randint(100, 180)} "
            f"driver=\"{rng.choice(['A. Fuentes', 'D. Whitaker', 'S. Bekele', 'R. Lucero'])}\" late_min={rng.randint(0, 25)} geofence={rng.choice(SITES)[0]}"))
    return out


def ch_supply():
    out = []
    p = rng.choice(HOME)
    t = tick()
    so = f"SO-{t:%y%m}-{digits(6)}"
    deliv = future_date(1, 6)
    L = Line("supply_json")
    L.t(f'{{"event":"order.shipped","ts":"{t:%Y-%m-%dT%H:%M:%S}.{ms(t)}Z","orderNumber":"{so}","customerAccount":"').p(p.supply_acct, "account")
    L.t('","shipTo":{"name":"').p(nm(p, rng.choice(["fl", "LFsp"])), "name").t('","addr1":"').p(p.street, "address")
    L.t('","city":"').p(p.city, "address").t('","state":"AZ","postalCode":"').p(p.zip, "zip").t('"},"contactPhone":"')
    L.p(fphone(p.phone, rng.choice(["dash", "plain", "e164"])), "phone").t('","scheduledDelivery":"').p(fdate(deliv, "iso"), "date")
    L.t(f'","items":[{{"sku":"CAR-505","desc":"Cartridge Express","qty":{rng.choice([24, 26, 30])}}},{{"sku":"SAK-1012","desc":"PureFlow SAK","qty":{rng.choice([6, 8, 12])}}},'
        f'{{"sku":"NDL-15G","desc":"Fistula needle 15G","qty":{rng.choice([50, 100])}}}],"carrier":"{rng.choice(["FedEx Freight", "XPO", "Estes"])}","pro":"{digits(10)}","warehouse":"PHX-DC2"}}')
    out.append(L)
    t = tick()
    out.append(Line("supply_log").t(
        f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} INFO  [wms-wave-{rng.randint(1, 6)}] c.s.supply.WaveService - pick wave {rng.randint(10, 99)} complete "
        f"orders={rng.randint(20, 90)} lines={rng.randint(100, 600)} short={rng.randint(0, 5)} dock=D{rng.randint(1, 8)} elapsed=00:{rng.randint(10, 59)}:{rng.randint(10, 59)}"))
    r = rng.random()
    t = tick()
    if r < 0.4:
        L = Line("supply_log")
        L.t(f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} INFO  [notif-worker-{rng.randint(1, 4)}] c.s.notify.TwilioSender - SMS queued to=")
        L.p(fphone(p.phone, "e164"), "phone").t(f" sid=SM{hexs(32)} template=DELIVERY_WINDOW_{rng.choice(['EN', 'ES'])} segments=2")
        out.append(L)
    elif r < 0.7:
        L = Line("supply_log")
        L.t(f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} INFO  [notif-worker-{rng.randint(1, 4)}] c.s.notify.MailSender - delivery notice sent to=<")
        L.p(p.email, "email").t(f"> messageId=<{hexs(16)}.{digits(10)}@mail.sonorankidney.org> order={so}")
        out.append(L)
    else:
        L = Line("supply_log")
        L.t(f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} INFO  [http-nio-8090-exec-{rng.randint(1, 9)}] c.s.supply.CarrierWebhook - POST /webhooks/carrier 200 "
            f"pro={digits(10)} status=DELIVERED signed_by=\"").p(nm(p, "init").upper(), "name").t(f"\" pod=pod_{hexs(12)}.jpg")
        out.append(L)
    if rng.random() < 0.3:
        t = tick()
        L = Line("supply_log")
        L.t(f"{t:%Y-%m-%d %H:%M:%S},{ms(t)} WARN  [inv-recon] c.s.supply.HomeInventory - count mismatch acct=").p(p.supply_acct, "account")
        L.t(f" sku=CAR-505 expected={rng.randint(10, 30)} reported={rng.randint(0, 9)} scale_sn=").p(p.scale, "device")
        out.append(L)
    return out


def ch_letter():
    out = []
    p = rng.choice(INCENTER)
    doc = rng.choice(NEPHS)
    t = tick()
    hon = "Ms." if p.sex == "F" else "Mr."
    lid = f"LTR-{digits(7)}"
    pre = lambda: f"{tick(0, 2):%Y-%m-%d %H:%M:%S} docgen[{lid}] "
    out.append(Line("referral_letter").t(pre() + f"SKC Nephrology Associates | 2150 E Highland Ave Ste 300, Phoenix AZ 85016 | Tel 602-555-0100 | Fax 602-555-0101"))
    out.append(Line("referral_letter").t(pre() + f"{TODAY:%B %d, %Y}"))
    out.append(Line("referral_letter").t(pre() + "To: Kidney Transplant Intake, Desert Valley Transplant Center (fax 480-555-0177)"))
    L = Line("referral_letter").t(pre() + "RE: ").p(nm(p, "fl"), "name").t("   DOB: ").p(fdate(p.dob, rng.choice(["us", "long"])), "date")
    L.t("   MRN: ").p(p.mrn, "mrn")
    out.append(L)
    out.append(Line("referral_letter").t(pre() + "Dear Transplant Coordinator,"))
    L = Line("referral_letter").t(pre() + f"I am referring {hon} ").p(p.last, "name")
    if p.age > 89:
        L.t(", a ").p(str(p.age), "age").t("-year-old")
    else:
        L.t(f", a {p.age}-year-old")
    L.t(f" with ESRD secondary to {rng.choice(['diabetic nephropathy', 'hypertensive nephrosclerosis', 'IgA nephropathy', 'ADPKD', 'lupus nephritis'])}, "
        f"on in-center hemodialysis MWF since ").p(f"{p.start:%m/%Y}", "date").t(", for kidney transplant evaluation.")
    out.append(L)
    out.append(Line("referral_letter").t(pre() + f"Current Rx: 3h45m, Optiflux F180NR, Qb 400, Qd 600; spKt/V {rng.randint(130, 175) / 100:.2f}; "
                                         f"albumin {rng.randint(34, 42) / 10:.1f}; no known HLA sensitization; ambulatory, independent in ADLs."))
    L = Line("referral_letter").t(pre() + "Insurance: Medicare Part A/B, MBI ").p(p.mbi, "health_plan")
    if rng.random() < 0.6:
        L.t("; secondary AHCCCS ID ").p(p.medicaid, "health_plan")
    out.append(L)
    L = Line("referral_letter").t(pre() + f"{hon} ").p(p.last, "name").t(" can be reached at ").p(fphone(p.phone, rng.choice(["paren", "dash"])), "phone")
    L.t(f"; {'her' if p.sex == 'F' else 'his'} {p.rel_kind} ").p(p.rel_first + " " + p.last, "name")
    L.t(" is the support person (cell ").p(fphone(p.rel_phone, rng.choice(["dot", "dash", "paren"])), "phone").t(").")
    out.append(L)
    out.append(Line("referral_letter").t(pre() + "Recent labs, serologies, and the CMS-2728 are attached. Please contact our office with any questions."))
    out.append(Line("referral_letter").t(pre() + f"Sincerely, {doc[1].title()} {doc[0].title()}, MD  NPI {doc[2]}"))
    return out


KIN_ES = {"daughter": "hija", "son": "hijo", "wife": "esposa", "husband": "esposo", "niece": "sobrina",
          "grandson": "nieto", "sister": "hermana", "nephew": "sobrino"}
KIN_TL = {"daughter": "anak niyang", "son": "anak niyang", "wife": "asawa niyang", "husband": "asawa niyang",
          "niece": "pamangkin niyang", "nephew": "pamangkin niyang", "grandson": "apo niyang", "sister": "kapatid niyang"}


def sw_en(p):
    L = Line("sw_note")
    t = tick()
    sw = rng.choice(SWS)
    L.t(f"{t:%m/%d/%Y %H:%M} [SW PROGRESS NOTE] author=\"{sw}\" pt=").p(nm(p, rng.choice(["LF", "lf"])), "name").t(" mrn=").p(p.mrn, "mrn").t(" :: ")
    k = int(rot('sw_en', 7) * 7)
    his = "her" if p.sex == "F" else "his"
    if k == 0:
        L.t("Met chairside. Pt")
        if p.age > 89:
            L.t(" is a ").p(str(p.age), "age").t(" y/o and")
        L.t(f" reports missing 2 treatments last week due to ride no-shows. Rider ID ").p(p.rider, "other_id")
        L.t(f" escalated to broker. Pt's {p.rel_kind} ").p(p.rel_first, "name").t(" (").p(fphone(p.rel_phone, rng.choice(["paren", "plain", "dot"])), "phone")
        L.t(") willing to drive on Saturdays.")
    elif k == 1:
        slug = unicodedata.normalize("NFKD", p.first.split()[0].lower() + "-" + p.last.split()[-1].lower().replace("'", "")).encode("ascii", "ignore").decode()
        url = rng.choice([f"https://www.gofundme.com/f/kidney-for-{slug}", f"https://www.facebook.com/{slug.replace('-', '.')}.{p.dob.year % 100}",
                          f"gofundme.com/f/{slug}-transplant-fund"])
        L.t("Discussed transplant fundraising; pt set up page ").p(url, "url")
        L.t(". Referred to AKF HIPP. Hospitalized at outside facility ").p(fdate(past_date(10, 60), "us_short"), "date").t("; records requested.")
    elif k == 2:
        L.t(f"Pt requests MVD disability placard; copy of AZ driver license ").p(rng.choice(["D", "B", ""]) + digits(8), "license")
        L.t(f" scanned. {p.rel_kind.capitalize()}'s plate ").p(rng.choice(["AZ ", ""]) + rng.choice(["C", "B", "H"]) + rng.choice("KLMNPRT") + rng.choice("ABCX") + digits(4), "vehicle")
        L.t(" added to clinic parking list. FMLA forms faxed to ").p(p.rel_first, "name").t("'s employer per family request, fax ").p(fphone(p.rel_phone[:2] + (digits(4),), "dash"), "fax")
    elif k == 3:
        L.t("APS report filed, case #").p(f"APS-{rng.randint(2023, 2024)}-{digits(6)}", "other_id").t(". Pt lives alone at ")
        L.p(p.street, "address").t(", ").p(p.city, "address").t(" ").p(p.zip, "zip")
        L.t("; neighbor checks daily. Follow-up home visit ").p(fdate(future_date(3, 14), rng.choice(["us", "long", "dmon"])), "date").t(".")
    elif k == 4:
        L.t(f"Emergency contact updated at pt request: {p.rel_kind} ").p(p.rel_first + " " + p.last, "name").t(", ")
        L.p(fphone(p.rel_phone, rng.choice(["paren", "dash"])), "phone").t(", ").p(
            unicodedata.normalize("NFKD", p.rel_first.lower() + "." + p.last.lower().replace("'", "").replace(" ", "").replace(".", "")).encode("ascii", "ignore").decode() + "@" + rng.choice(EMAIL_DOM), "email")
        L.t(". Advance directive on file; POLST reviewed with cardiologist office.")
    elif k == 5:
        vin = mk_vin()
        L.t(f"Pt distressed: {his} car (VIN ").p(vin, "vehicle").t(") was repossessed ").p(fdate(past_date(2, 12), rng.choice(["us_short", "dmon", "long"])), "date")
        L.t(". Applied for Valley Metro RideChoice; Dial-a-Ride eligibility # ").p(f"DAR{digits(7)}", "other_id").t(" pending.")
    else:
        L.t("KDQOL-36 completed; PHQ-2 = 1. Pt")
        if p.age > 89:
            L.t(" (age ").p(str(p.age), "age").t(")")
        L.t(" asked about hospice info, declined for now. Discharged from St. Luke's inpatient ").p(fdate(past_date(3, 30), rng.choice(["iso", "us_nopad"])), "date")
        L.t(f"; missed Tx make-up scheduled {rng.choice(['Thu', 'Sat'])} chair {chair()}.")
    return L


def sw_es(p):
    L = Line("sw_note")
    t = tick()
    L.t(f"{t:%d/%m/%Y %H:%M} NOTA TRABAJO SOCIAL (es) autora: {rng.choice(SWS)} | Paciente: ").p(nm(p, "fl"), "name").t(" | ")
    r = rot('sw_es', 4)
    if r < 0.25:
        L.t("Se habló con la paciente" if p.sex == "F" else "Se habló con el paciente")
        if p.age > 89:
            L.t(" (").p(str(p.age), "age").t(" años)")
        L.t(" sobre su solicitud de AHCCCS, caso #").p(f"CS{digits(9)}", "other_id").t(". Vive con su ")
        L.t(KIN_ES[p.rel_kind] + " ")
        L.p(p.rel_first, "name").t(" en ").p(p.street, "address").t(", ").p(p.city, "address").t(". Tel. del familiar: ").p(fphone(p.rel_phone, "space"), "phone").t(".")
    elif r < 0.5:
        L.t("Fecha de nacimiento ").p(fdate(p.dob, "es"), "date").t(". Refiere falta de transporte los lunes; se coordinó con Saguaro NEMT para el ")
        L.p(fdate(future_date(1, 7), "es"), "date").t(". Correo del paciente: ").p(p.email, "email").t(".")
    elif r < 0.75:
        L.t("Familia solicita cambio de turno a la tarde. Contacto: ").p(p.rel_first, "name").t(f" ({KIN_ES[p.rel_kind]}), cel. ")
        L.p(fphone(p.rel_phone, rng.choice(["dash", "space", "paren"])), "phone").t(". Paciente con Medicaid, número de AHCCCS ").p(p.medicaid, "health_plan")
        L.t(". Última hospitalización: ").p(fdate(past_date(5, 90), rng.choice(["eu", "es"])), "date").t(".")
    else:
        L.t("Paciente interesado en diálisis en casa (NxStage). Se programó entrenamiento para el ").p(fdate(future_date(7, 30), "us_nopad"), "date")
        L.t(". Número de Medicare ").p(p.mbi, "health_plan").t("; pendiente verificación de elegibilidad.")
    return L


def sw_tl(p):
    L = Line("sw_note")
    t = tick()
    hon = "Gng." if p.sex == "F" else "G."
    L.t(f"{t:%Y-%m-%d %H:%M} SW NOTE (Tagalog/Taglish) by {rng.choice(SWS)} :: Nakausap ko si {hon} ").p(nm(p, "fl"), "name")
    r = rot('sw_tl', 2)
    if r < 0.5:
        if p.age > 89:
            L.t(", ").p(str(p.age), "age").t(" taong gulang,")
        L.t(" tungkol sa transportasyon. Wala raw siyang masakyan tuwing MWF; ang " + KIN_TL[p.rel_kind] + " si ").p(p.rel_first, "name")
        L.t(" ay maaaring tawagan sa ").p(rng.choice(["0917 {a} {b}", "0918-{a}-{b}", "+63 917 {a} {b}", "09175{a}{b}"]).format(a=rng.randint(200, 999), b=digits(4)), "phone").t(" (nasa Maynila).")
    else:
        L.t(" (MRN ").p(p.mrn, "mrn").t("). Pt verbalized na gusto niyang mag-home hemo pero walang care partner. Ipinanganak noong ")
        L.p(fdate(p.dob, "tl"), "date").t("; nakatira sa ").p(p.street, "address").t(", ").p(p.city, "address").t(".")
    return L


def ch_sw():
    out = []
    if rng.random() < 0.4:
        t = tick()
        out.append(Line("java_logback").t(
            f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)}  INFO 4410 --- [notes-sync] c.s.notes.NoteImporter : pulled {rng.randint(3, 40)} notes "
            f"type=SW_PROGRESS since={TODAY:%Y-%m-%d}T00:00 cursor={hexs(24)}"))
    old = [q for q in PATIENTS if q.age > 89]
    for _ in range(rng.randint(1, 3)):
        p = rng.choice(old) if rng.random() < 0.3 else rng.choice(PATIENTS)
        out.append(rng.choices([sw_en, sw_es, sw_tl], [5, 3, 2])[0](p))
    return out


JAVA_NOISE = [
    "o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8443 (https) with context path ''",
    "com.zaxxer.hikari.HikariPool        : HikariPool-1 - Pool stats (total={a}, active={b}, idle={c}, waiting=0)",
    "o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=consumer-labs-1, groupId=labs] Setting offset for partition lab-results-{b} to the committed offset FetchPosition{{offset={n}, offsetEpoch=Optional.empty}}",
    "o.s.b.a.e.web.EndpointLinksResolver      : Exposing 3 endpoint(s) beneath base path '/actuator'",
    "c.s.common.health.HealthReporter         : GET /actuator/health status=UP db=UP kafka=UP diskSpace=UP took={b}ms",
    "org.quartz.core.QuartzScheduler          : Scheduler clinicScheduler_$_NON_CLUSTERED started.",
    "c.s.home.sync.NxUploadService      : upload queue depth={b} oldest={a}s workers=8",
    "o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 0, SQLState: 40001 (serialization failure), retrying attempt {c}/3",
    "c.s.integration.mirth.AckListener        : ACK AA received controlId=SPX{n} latency={b}ms",
    "o.s.web.servlet.DispatcherServlet        : Completed initialization in {b} ms",
    "c.s.common.config.VaultConfig            : Loaded 14 secrets from path secret/data/kidneyhub/prod (lease 3600s)",
    "c.s.supply.RouteClient                   : route plan PHX-DC2 stops={a} miles={b}.{c} build=2024.5.{c}-b{n}",
    "c.s.common.web.RequestLog                : GET /api/v2/chairs/availability?site=MESA 200 {b}ms traceId={h}",
]
DOTNET_NOISE = [
    "info: Microsoft.Hosting.Lifetime[14]\n      Now listening on: http://[::]:5080",
    "info: Microsoft.Hosting.Lifetime[0] Application started. Press Ctrl+C to shut down.",
    "info: Microsoft.EntityFrameworkCore.Database.Command[20101] Executed DbCommand ({b}ms) [Parameters=[@__siteId_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']",
    "warn: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[35] No XML encryptor configured. Key {{{u}}} may be persisted to storage in unencrypted form.",
    "info: System.Net.Http.HttpClient.EligibilityApi.LogicalHandler[101] End processing HTTP request after {b}.{c}ms - 200",
    "info: Hangfire.Server.BackgroundServerProcess[0] Server homeprog-api-{c}:{n} successfully announced in {b} ms",
    "dbug: HomeProgram.Api.Middleware.CorrelationMiddleware[0] Correlation {u} attached to request /api/training/sessions",
    "fail: HomeProgram.Api.Services.PumpFirmwareService[0] Firmware manifest fetch failed: HttpRequestException: Connection refused (firmware.vendor-cdn.example:443)",
]


def ch_java():
    out = []
    for _ in range(rng.randint(2, 5)):
        t = tick()
        tpl = rng.choice(JAVA_NOISE)
        msg = tpl.format(a=rng.randint(5, 40), b=rng.randint(1, 20), c=rng.randint(1, 9), n=digits(8), h=hexs(32))
        lvl = "WARN " if "SQL Error" in msg else " INFO"
        out.append(Line("java_logback").t(f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} {lvl} {rng.choice([4410, 5120, 6610, 7123])} --- [{rng.choice(['main', 'scheduling-1', 'http-nio-8443-exec-4', 'kafka-consumer-1'])}] {msg}"))
    if rng.random() < 0.45:
        t = tick()
        p = rng.choice(PATIENTS)
        r = rng.random()
        L = Line("java_logback")
        L.t(f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} ")
        if r < 0.4:
            L.t("WARN  6610 --- [kafka-consumer-1] c.s.lab.ResultRouter : No census match for PID-3=").p(p.mrn, "mrn").t(" name=")
            L.p(nm(p, "caret2"), "name").t(" dob=").p(fdate(p.dob, "hl7"), "date").t("; routed to UNMATCHED queue")
            out.append(L)
        elif r < 0.7:
            L.t("ERROR 7123 --- [http-nio-8443-exec-9] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() threw exception")
            out.append(L)
            t = tick(0, 1)
            L = Line("java_stack")
            L.t("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_patient_ssn]; "
                "Detail: Key (ssn)=(").p(p.ssn, "ssn").t(") already exists.")
            out.append(L)
            for fr in ["\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:112)",
                       "\tat com.sonoran.registry.PatientService.register(PatientService.java:214)",
                       "\t... 87 common frames omitted"][: rng.randint(2, 3)]:
                out.append(Line("java_stack").t(fr))
        else:
            L.t("ERROR 5120 --- [eqrs-batch-1] c.s.eqrs.SubmissionValidator : MBI ").p(p.mbi, "health_plan").t(" not found in CMS lookup for UPI ")
            L.p(p.upi, "other_id").t(" (patient ").p(nm(p, "LF"), "name").t(")")
            out.append(L)
    else:
        t = tick()
        out.append(Line("java_logback").t(
            f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)} ERROR 4410 --- [kafka-producer-network-thread | producer-1] o.a.k.clients.NetworkClient : "
            f"[Producer clientId=producer-1] Connection to node 2 (kafka-2.kafka.svc/10.42.{rng.randint(0, 9)}.{rng.randint(2, 250)}:9092) could not be established."))
        if rng.random() < 0.5:
            out.append(Line("java_stack").t("java.net.ConnectException: Connection refused"))
            out.append(Line("java_stack").t("\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)"))
    return out


def ch_dotnet():
    out = []
    for _ in range(rng.randint(2, 4)):
        tick()
        tpl = rng.choice(DOTNET_NOISE)
        msg = tpl.format(b=rng.randint(1, 900), c=rng.randint(1, 9), n=digits(5), u=uuid4())
        for part in msg.split("\n"):
            out.append(Line("dotnet_ilogger").t(part))
    r = rot('dotnet', 6)
    p = rng.choice(HOME if rng.random() < 0.6 else PATIENTS)
    t = tick()
    if r < 1 / 6:
        L = Line("dotnet_ilogger")
        L.t("fail: HomeProgram.Api.Services.TrainingScheduler[0] Failed to schedule home training for ").p(nm(p, "lf"), "name")
        L.t(" (acct ").p(p.supply_acct, "account").t(") on ").p(fdate(future_date(2, 20), "us_nopad"), "date").t(": trainer calendar conflict")
        out.append(L)
    elif r < 2 / 6:
        L = Line("serilog_json")
        L.t(f'{{"@t":"{t:%Y-%m-%dT%H:%M:%S}.{digits(7)}Z","@mt":"Home visit {{VisitId}} scheduled for {{PatientName}} at {{Address}}","@l":"Information",'
            f'"VisitId":"HV-{digits(5)}","PatientName":"').p(nm(p, "fl"), "name").t('","Address":"').p(p.street + ", " + p.city, "address")
        L.t('","Zip":"').p(p.zip, "zip").t(f'","Nurse":"{rng.choice(RNS)}","SourceContext":"HomeProgram.Api.Visits.VisitPlanner","EnvironmentName":"Production"}}')
        out.append(L)
    elif r < 3 / 6:
        L = Line("serilog_json")
        L.t(f'{{"@t":"{t:%Y-%m-%dT%H:%M:%S}.{digits(7)}Z","@mt":"Paired {{DeviceType}} {{Mac}} to patient {{Mrn}}","@l":"Information","DeviceType":"BP cuff","Mac":"')
        L.p(p.mac, "device").t('","Mrn":"').p(p.mrn, "mrn").t(f'","RequestId":"0HN{hexs(10).upper()}:0000000{rng.randint(1, 9)}","SourceContext":"HomeProgram.Api.Devices.PairingService"}}')
        out.append(L)
    elif r < 4 / 6:
        L = Line("dotnet_ilogger")
        L.t("info: Portal.Accounts.InvitationService[0] Portal invitation sent to ").p(p.email, "email")
        L.t(" for MRN ").p(p.mrn, "mrn").t(f" username=").p(p.username, "other_id").t(f" token_ttl=72h correlationId={uuid4()}")
        out.append(L)
    elif r < 5 / 6:
        L = Line("dotnet_ilogger")
        pan = luhn(rng.choice(["4539", "5424", "3714"]), 16 if rng.random() < 0.8 else 15)
        L.t("warn: Billing.Copay.CardGateway[22] Decline code 05 for guarantor ").p(rng.choice([p.rel_first + " " + p.last, nm(p, "fl")]), "name")
        L.t(" PAN=").p(pan, "account").t(f" exp=**/** amount=35.00 authRef={hexs(12).upper()}")
        out.append(L)
    else:
        L = Line("dotnet_ilogger")
        raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00" + bytes(rng.randint(0, 255) for _ in range(rng.randint(90, 150)))
        b64 = base64.b64encode(raw).decode()
        L.t(f"dbug: Clinic.Intake.BadgePhoto[7] Uploaded badge photo mrn=").p(p.mrn, "mrn").t(f" bytes={len(raw)} data=").p(b64, "photo")
        out.append(L)
    return out


def ch_nginx():
    out = []
    for _ in range(rng.randint(2, 5)):
        t = tick(0, 20)
        if rng.random() < 0.4:
            out.append(Line("nginx_access").t(
                f'10.40.{rng.randint(0, 3)}.{rng.randint(2, 250)} - - [{t:%d/%b/%Y:%H:%M:%S} -0700] "GET {rng.choice(["/healthz", "/readyz", "/portal/static/app.3f9c1e.js"])} HTTP/1.1" 200 '
                f'{rng.randint(2, 90000)} "-" "{rng.choice(["kube-probe/1.28", "ELB-HealthChecker/2.0", "Prometheus/2.51.0"])}" rt=0.00{rng.randint(1, 9)}'))
        else:
            p = rng.choice(HOME + INCENTER[:5])
            L = Line("nginx_access")
            L.p(p.ip, "ip").t(" - ").p(p.username, "other_id").t(f" [{t:%d/%b/%Y:%H:%M:%S} -0700] ")
            path = rng.choice(["POST /portal/api/home/flowsheet/self-report HTTP/2.0\" 201", "GET /portal/api/labs/latest HTTP/2.0\" 200",
                               "GET /portal/api/supply/orders?status=open HTTP/2.0\" 200", "POST /portal/api/messages HTTP/2.0\" 202",
                               "GET /portal/login HTTP/2.0\" 302"])
            ua = rng.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                             "Mozilla/5.0 (Linux; Android 14; SM-A156U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
                             "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80"])
            L.t(f'"{path} {rng.randint(200, 9000)} "https://portal.sonorankidney.org/" "{ua}" rt=0.{rng.randint(10, 900):03d}')
            out.append(L)
    return out


def ch_x12():
    out = []
    p = rng.choice(PATIENTS)
    t = tick()
    out.append(Line("dotnet_ilogger").t(f"info: Eligibility.Worker.X12Client[3] 270 sent to payer CMS-HETS ctrl={digits(9)} bytes={rng.randint(400, 700)}"))
    t = tick(1, 3)
    L = Line("x12_271")
    isa = digits(9)
    L.t(f"ISA*00*          *00*          *ZZ*CMSHETS        *ZZ*SONORANKID     *{t:%y%m%d}*{t:%H%M}*^*00501*{isa}*0*P*:~"
        f"GS*HB*CMSHETS*SONORANKID*{t:%Y%m%d}*{t:%H%M}*{rng.randint(1, 9999)}*X*005010X279A1~ST*271*0001*005010X279A1~"
        f"BHT*0022*11*{hexs(10).upper()}*{t:%Y%m%d}*{t:%H%M}~HL*1**20*1~NM1*PR*2*CMS*****PI*CMS~HL*2*1*21*1~"
        f"NM1*1P*2*SONORAN KIDNEY CARE*****XX*1558{digits(6)}~HL*3*2*22*0~NM1*IL*1*")
    L.p(p.last.upper(), "name").t("*").p(p.first.upper(), "name").t("****MI*").p(p.mbi, "health_plan").t("~N3*").p(p.street.upper(), "address")
    L.t("~N4*").p(p.city.upper(), "address").t("*AZ*").p(p.zip, "zip").t("~DMG*D8*").p(fdate(p.dob, "hl7"), "date").t(f"*{p.sex}~")
    L.t(f"EB*1**30^MA^MB*MA~DTP*307*D8*").p(fdate(p.start.replace(day=1), "hl7"), "date").t(f"~EB*R**88*OT~MSG*ESRD ENTITLEMENT~SE*17*0001~GE*1*{rng.randint(1, 9999)}~IEA*1*{isa}~")
    out.append(L)
    return out


def ch_kiosk():
    out = []
    p = rng.choice(INCENTER)
    code = rng.choice(SITES)[0].lower()
    for _ in range(rng.randint(1, 2)):
        t = tick()
        out.append(Line("kiosk_syslog").t(
            f"<{rng.choice([134, 133, 30])}>{t:%b %d %H:%M:%S} kiosk-{code}-0{rng.randint(1, 3)} checkin[{rng.randint(1000, 9999)}]: "
            f"{rng.choice(['scanner self-test OK fw=2.14.7', 'printer paper low tray=1', 'screen wake count=14', 'queue sync ok pending=0 latency=43ms'])}"))
    t = tick()
    L = Line("kiosk_syslog")
    if rot('kiosk', 2) < 0.5:
        raw = b"FMR\x00 20\x00" + bytes(rng.randint(0, 255) for _ in range(rng.randint(48, 90)))
        L.t(f"<134>{t:%b %d %H:%M:%S} kiosk-{code}-01 checkin[{rng.randint(1000, 9999)}]: enroll ok mrn=").p(p.mrn, "mrn")
        L.t(f" finger=R_INDEX quality={rng.randint(60, 99)} tpl=").p(base64.b64encode(raw).decode(), "biometric")
    else:
        L.t(f"<134>{t:%b %d %H:%M:%S} kiosk-{code}-02 checkin[{rng.randint(1000, 9999)}]: match ok score=0.9{digits(3)} mrn=").p(p.mrn, "mrn")
        L.t(f" chair={chair()} weight_kg={rng.randint(480, 1200) / 10:.1f} ")
        L.t("greeting=\"Good morning, ").p(p.first, "name").t("\"")
    out.append(L)
    return out


def ch_noise_misc():
    out = []
    t = tick()
    r = rng.random()
    if r < 0.25:
        out.append(Line("config_line").t(
            f"{t:%Y-%m-%dT%H:%M:%S}Z config reloaded service=tmon-gateway version=3.8.{rng.randint(0, 20)}+build.{rng.randint(1000, 9999)} "
            f"hl7.port=6661 mllp.timeout=30s sites=PHXW,MESA,TOLL,CASA tz=America/Phoenix"))
    elif r < 0.5:
        out.append(Line("metrics_line").t(
            f"tmon_treatments_active{{site=\"{rng.choice(SITES)[0]}\"}} {rng.randint(0, 36)} {int(t.timestamp() * 1000)}"))
    elif r < 0.75:
        out.append(Line("java_logback").t(
            f"{t:%Y-%m-%d %H:%M:%S}.{ms(t)}  INFO 4410 --- [mail-1] c.s.notify.MailSender : staff digest sent to=charge.rn.phxw@sonorankidney.org "
            f"cc=biomed@sonorankidney.org items={rng.randint(2, 20)} tech support 1-800-555-0199 ticket=INC{digits(7)}"))
    else:
        out.append(Line("dotnet_ilogger").t(
            f"info: Biomed.Pm.Scheduler[0] PM due: 2008T sn=8TDS{digits(5)} site={rng.choice(SITES)[0]} last_pm={past_date(100, 180):%Y-%m-%d} "
            f"hours={rng.randint(8000, 40000)} asset=BMD-{digits(5)}"))
    return out


GENS = [(ch_fms, 8), (ch_nxstage, 5), (ch_water, 5), (ch_flowsheet, 13), (ch_hl7, 6), (ch_labs_csv, 4),
        (ch_eqrs, 4), (ch_transport, 7), (ch_supply, 8), (ch_letter, 3), (ch_sw, 14), (ch_java, 7),
        (ch_dotnet, 9), (ch_nginx, 6), (ch_x12, 4), (ch_kiosk, 5), (ch_noise_misc, 4)]

MINS = {ch_kiosk: 3, ch_letter: 2, ch_eqrs: 2, ch_x12: 2, ch_fms: 4, ch_sw: 5, ch_dotnet: 4, ch_nginx: 4}
CAPS = {ch_eqrs: 2, ch_letter: 2, ch_x12: 6}
PHI_HEAVY = {ch_sw, ch_flowsheet, ch_supply, ch_transport, ch_labs_csv, ch_x12}
CLEAN_HEAVY = {ch_java, ch_water, ch_noise_misc, ch_nginx, ch_fms, ch_kiosk}


def main():
    lines = []
    used = {}
    must = [g for g, _ in GENS for _ in range(MINS.get(g, 2))]
    rng.shuffle(must)
    while len(lines) < N_LINES:
        phi = sum(1 for L in lines if L.spans)
        frac_clean = 1 - phi / len(lines) if lines else 0.55
        ws = []
        for g, w in GENS:
            if used.get(g, 0) >= CAPS.get(g, 999):
                w = 0
            elif frac_clean > 0.56:
                w *= 4 if g in PHI_HEAVY else (0.3 if g in CLEAN_HEAVY else 1)
            elif frac_clean < 0.54:
                w *= 4 if g in CLEAN_HEAVY else (0.3 if g in PHI_HEAVY else 1)
            ws.append(w)
        g = rng.choices([g for g, _ in GENS], ws)[0]
        if must and rng.random() < 0.5:
            g = must.pop()
            if used.get(g, 0) >= CAPS.get(g, 999):
                continue
        used[g] = used.get(g, 0) + 1
        chunk = g()
        if len(lines) + len(chunk) > N_LINES:
            continue
        lines.extend(chunk)
        if N_LINES - len(lines) < 6:
            while len(lines) < N_LINES:
                lines.extend(ch_noise_misc())
    assert len(lines) == N_LINES
    log_out, lab_out = [], []
    for i, L in enumerate(lines, 1):
        txt = L.text()
        assert "\n" not in txt and "\r" not in txt and txt.strip() != "", (i, txt)
        for sp, v in zip(L.spans, L.vals):
            assert bytes(L.buf[sp["s"]:sp["e"]]) == v, (i, sp)
            assert v.strip() == v and v, (i, v)
        log_out.append(txt)
        lab_out.append(json.dumps({"line": i, "family": L.family, "spans": L.spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
