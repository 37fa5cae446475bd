#!/usr/bin/env python3
"""Deterministic generator for the 'gm' held-out corpus: aging-in-place / smart-home care service logs.

Writes gm.log and gm.labels.jsonl next to this file. Standard library only.
"""
import base64
import datetime
import json
import os
import random
import unicodedata

random.seed(1805140042)

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "gm"
N_LINES = 500
N_CLEAN = 276

# ---------------------------------------------------------------------------
# line builder
# ---------------------------------------------------------------------------


class P:
    """A PHI value to insert."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:
    """A JSON string composed of plain text and PHI parts."""

    def __init__(self, *parts):
        self.parts = parts


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.pos = 0
        self.spans = []

    def t(self, s):
        self.buf.append(s)
        self.pos += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        st = self.pos
        self.t(s)
        self.spans.append((st, self.pos, cat, s))
        return self

    def x(self, *items):
        for it in items:
            if isinstance(it, P):
                self.p(it.v, it.cat)
            else:
                self.t(it)
        return self

    def text(self):
        return "".join(self.buf)


def _js(s, ea):
    return json.dumps(s, ensure_ascii=ea)


def emit_json(L, o, sep=(",", ":"), ea=False):
    if isinstance(o, dict):
        L.t("{")
        first = True
        for k, v in o.items():
            if not first:
                L.t(sep[0])
            first = False
            L.t(_js(k, ea) + sep[1])
            emit_json(L, v, sep, ea)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            emit_json(L, v, sep, ea)
        L.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            L.t('"')
            L.p(_js(o.v, ea)[1:-1], o.cat)
            L.t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, S):
        L.t('"')
        for part in o.parts:
            if isinstance(part, P):
                L.p(_js(part.v, ea)[1:-1], part.cat)
            else:
                L.t(_js(part, ea)[1:-1])
        L.t('"')
    else:
        L.t(json.dumps(o, ensure_ascii=ea))


def emit_repr(L, o):
    """Python dict repr (as printed by logging of request.form.to_dict())."""
    if isinstance(o, dict):
        L.t("{")
        first = True
        for k, v in o.items():
            if not first:
                L.t(", ")
            first = False
            L.t(repr(k) + ": ")
            emit_repr(L, v)
        L.t("}")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            assert "'" not in o.v and "\\" not in o.v
            L.t("'")
            L.p(o.v, o.cat)
            L.t("'")
        else:
            L.p(repr(o.v), o.cat)
    else:
        L.t(repr(o))


# ---------------------------------------------------------------------------
# identifier helpers
# ---------------------------------------------------------------------------


def pick(seq):
    return random.choice(seq)


def hexs(n, alphabet="0123456789abcdef"):
    return "".join(random.choice(alphabet) for _ in range(n))


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{random.choice('89ab')}{h[17:20]}-{h[20:]}"


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def imei():
    tac = pick(["35391110", "35467711", "86920305", "35209218", "01326300"])
    body = tac + digits(6)
    v = body + luhn_digit(body)
    assert luhn_ok(v)
    return v


def visa():
    body = "4" + digits(14)
    v = body + luhn_digit(body)
    assert luhn_ok(v)
    return v


def mastercard():
    body = pick(["51", "53", "55"]) + digits(13)
    v = body + luhn_digit(body)
    assert luhn_ok(v)
    return v


def npi():
    body = pick("12") + digits(8)
    chk = luhn_digit("80840" + body)
    return body + chk


_VIN_TR = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
           "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vds = "".join(random.choice(al) for _ in range(5))
    year = pick("HJKLMNP")
    plant = random.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    serial = digits(6)
    v = wmi + vds + "0" + year + plant + serial
    s = sum(_VIN_TR[c] * w for c, w in zip(v, _VIN_W))
    c = s % 11
    chk = "X" if c == 10 else str(c)
    v = v[:8] + chk + v[9:]
    s2 = sum(_VIN_TR[c] * w for i, (c, w) in enumerate(zip(v, _VIN_W)) if i != 8)
    assert (("X" if s2 % 11 == 10 else str(s2 % 11)) == v[8])
    return v


def iban(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    chk = 98 - int(num) % 97
    v = f"{country}{chk:02d}{bban}"
    r2 = v[4:] + v[:4]
    assert int("".join(str(int(ch, 36)) for ch in r2)) % 97 == 1
    return v


def es_bban():
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        d = 11 - sum(int(c) * k for c, k in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(d, d)
    bank, branch, acct = pick(["2100", "0049", "0182", "2085"]), digits(4), digits(10)
    return bank + branch + str(dc("00" + bank + branch)) + str(dc(acct)) + acct


def no_bban():
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        s = pick(["1503", "8601", "1254", "9710"]) + digits(6)
        d = 11 - sum(int(c) * k for c, k in zip(s, w)) % 11
        if d == 10:
            continue
        return s + str(0 if d == 11 else d)


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def iban_fmt(v):
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = A + N
    pat = [("123456789"), A, AN, N, A, AN, N, A, A, N, N]
    return "".join(random.choice(p) for p in pat)


def mbi_dash(m):
    return f"{m[:4]}-{m[4:7]}-{m[7:]}"


def ssn():
    while True:
        area = random.randint(101, 665)
        if area != 666:
            break
    return f"{area:03d}-{random.randint(1, 99):02d}-{random.randint(1, 9999):04d}"


def mac(oui):
    return oui + ":" + ":".join(hexs(2).upper() for _ in range(3))


def ieee(oui):
    return "0x" + oui + hexs(16 - len(oui))


def dsk():
    return "-".join(f"{random.randint(0, 65535):05d}" for _ in range(8))


def b32(n):
    return "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(n))


def b64_blob(n, prefix=b""):
    raw = prefix + bytes(random.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


JPEG_HDR = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
PNG_HDR = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000400000004008060000")


def public_ip(kind="us"):
    if kind == "es":
        a = pick([88, 83, 81])
    elif kind == "no":
        a = pick([84, 46, 77])
    else:
        a = pick([73, 24, 71, 98, 174, 50, 76, 67, 97])
    return f"{a}.{random.randint(1, 254)}.{random.randint(0, 254)}.{random.randint(1, 254)}"


def private_ip():
    k = random.randrange(3)
    if k == 0:
        return f"10.{random.randint(0, 8)}.{random.randint(0, 20)}.{random.randint(2, 250)}"
    if k == 1:
        return f"192.168.{random.randint(0, 10)}.{random.randint(2, 250)}"
    return f"172.{random.randint(16, 31)}.{random.randint(0, 20)}.{random.randint(2, 250)}"


# ---------------------------------------------------------------------------
# synthetic people
# ---------------------------------------------------------------------------

TODAY = datetime.date(2024, 5, 14)

RESIDENTS = [
    dict(key="margaret", first="Margaret", last="Whitcombe", tagpre="", tag="Margaret",
         dob=datetime.date(1932, 2, 14), sex="F", street="1427 Alder Creek Ln", city="Beaverton",
         county="Washington County", state="OR", zip="97005", area="503", hub="hub-pdx-0042",
         rels=[dict(first="Ana", last="Whitcombe-Ruiz", relation="daughter", email="ana.wruiz84@gmail.com",
                    user="ana.wruiz", ipk="us", dl=("OR", "7731584"), plate="428 LKV"),
               dict(first="Colin", last="Whitcombe", relation="son", email="colin.whitcombe@comcast.net",
                    user="cwhitcombe", ipk="us")]),
    dict(key="tadeusz", first="Tadeusz", last="Kowalczyk", tagpre="", tag="Tadeusz",
         dob=datetime.date(1936, 9, 3), sex="M", street="8813 SE Harold St", city="Portland",
         county="Multnomah County", state="OR", zip="97266", area="971", hub="hub-pdx-0017",
         rels=[dict(first="Piotr", last="Kowalczyk", relation="son", email="pkowalczyk@outlook.com",
                    user="piotr_k", ipk="us", vin_wmi="1FM", plate="XFP 219")]),
    dict(key="haruko", first="Haruko", last="Nishimura", tagpre="", tag="Haruko",
         dob=datetime.date(1929, 11, 27), sex="F", street="3302 NE Klickitat St", city="Portland",
         county="Multnomah County", state="OR", zip="97212", area="503", hub="hub-pdx-0009",
         rels=[dict(first="Emi", last="Carter", relation="granddaughter", email="emi.carter.pdx@icloud.com",
                    user="emicarter", ipk="us")]),
    dict(key="rosalind", first="Rosalind", last="Adeyemi", tagpre="", tag="Roz",
         dob=datetime.date(1942, 6, 30), sex="F", street="17 Meadowlark Ct", city="Lake Oswego",
         county="Clackamas County", state="OR", zip="97035", area="503", hub="hub-pdx-0051",
         rels=[dict(first="Tunde", last="Adeyemi", relation="son", email="tunde@adeyemi-law.com",
                    user="tadeyemi", ipk="us", fax="503-555-0188")]),
    dict(key="jose", first="José Antonio", last="Ibáñez", tagpre="Abuelo ", tag="José",
         dob=datetime.date(1933, 12, 8), sex="M", street="2290 Main St Apt 4B", city="Vancouver",
         county="Clark County", state="WA", zip="98660", area="360", hub="hub-vnc-0004",
         rels=[dict(first="Lucía", last="Ibáñez Ferrer", relation="daughter", email="lucia.ibanez@telefonica.es",
                    user="lucia.ibf", ipk="es", intl="+34 655 01 42 87",
                    iban_c="ES")]),
    dict(key="siobhan", first="Siobhán", last="Ní Bhriain", tagpre="", tag="Siobhán",
         dob=datetime.date(1937, 4, 19), sex="F", street="604 NE Lincoln St", city="Hillsboro",
         county="Washington County", state="OR", zip="97124", area="503", hub="hub-pdx-0042",
         rels=[dict(first="Aoife", last="Brennan", relation="niece", email="aoife.brennan@proton.me",
                    user="aoifeb", ipk="us")]),
    dict(key="rajendra", first="Rajendra", last="Venkataraman", tagpre="", tag="Rajendra",
         dob=datetime.date(1944, 10, 5), sex="M", street="15520 SW Bull Mountain Rd", city="Tigard",
         county="Washington County", state="OR", zip="97224", area="971", hub="hub-pdx-0033",
         rels=[dict(first="Arjun", last="Venkataraman", relation="son", email="arjun.v@fastmail.com",
                    user="arjunv", ipk="us", dl=("WA", "WDLK7Q2M84HB"), plate="CDZ4417", vin_wmi="5YJ")]),
    dict(key="ingrid", first="Ingrid", last="Solberg-Hauge", tagpre="", tag="Ingrid",
         dob=datetime.date(1927, 8, 22), sex="F", street="940 Cascade Ave", city="Hood River",
         county="Hood River County", state="OR", zip="97031", area="541", hub="hub-gor-0002",
         rels=[dict(first="Magnus", last="Hauge", relation="son", email="magnus.hauge@online.no",
                    user="mhauge", ipk="no", intl="+47 412 55 018",
                    iban_c="NO"),
               dict(first="Kari", last="Hauge", relation="granddaughter", email="kari.hauge97@gmail.com",
                    user="karih", ipk="us")]),
    dict(key="lan", first="Lan", last="Nguyễn", full="Nguyễn Thị Lan", tagpre="Bà ", tag="Lan",
         dob=datetime.date(1934, 1, 17), sex="F", street="11825 SE Division St Unit 12", city="Portland",
         county="Multnomah County", state="OR", zip="97266", area="503", hub="hub-pdx-0017",
         rels=[dict(first="Mai", last="Nguyen", relation="daughter", email="mai.nguyen.rn@gmail.com",
                    user="mai_nguyen", ipk="us")]),
]

SENSOR_MODELS = {
    "motion": ("Aqara Motion sensor (RTCGQ11LM)", "00158d00"),
    "contact": ("Aqara Door & window contact sensor (MCCGQ11LM)", "00158d00"),
    "leak": ("Aqara Water leak sensor (SJCGQ11LM)", "00158d00"),
    "plug": ("TuYa Smart plug (with power monitoring) (TS011F_plug_1)", "a4c13800"),
    "bed": ("Withings-compatible bed occupancy pad (BOP-Z3)", "00124b00"),
    "button": ("IKEA SOMRIG shortcut button (E2213)", "000b57ff"),
}

used_last4 = set()


def build_people():
    for r in RESIDENTS:
        r.setdefault("full", f"{r['first']} {r['last']}")
        r["age"] = TODAY.year - r["dob"].year - ((TODAY.month, TODAY.day) < (r["dob"].month, r["dob"].day))
        r["rid"] = f"RES-{random.randint(1000, 99999):06d}"
        r["mrn"] = f"{random.randint(10 ** 7, 10 ** 8 - 1)}"
        r["mbi"] = mbi()
        r["ssn"] = ssn()
        r["case"] = f"CASE-24-{random.randint(10000, 99999)}"
        r["phone"] = f"{r['area']}-555-01{random.randint(0, 99):02d}"
        r["w_imei"] = imei()
        r["w_serial"] = f"SSW3-{random.randint(2201, 2352)}-{digits(5)}"
        r["w_mac"] = mac(pick(["C4:7C:8D", "E8:6F:38", "D0:3E:7D"]))
        r["disp_sn"] = f"LV2-{random.randint(2100, 2399)}-{digits(5)}"
        r["radar_sn"] = f"VH2{hexs(9).upper()}"
        r["echo_user"] = "amzn1.ask.account.AF" + b32(94)
        r["echo_dev"] = "amzn1.ask.device.AE" + b32(86)
        r["username"] = r["key"][:1] + fold(r["last"].split()[-1].split("-")[0]).lower() + str(r["dob"].year)[2:]
        r["medicaid"] = (f"{digits(9)}WA" if r["state"] == "WA" else
                         f"{hexs(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(5)}{hexs(1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}")
        r["acct"] = f"BA-{random.randint(100000, 999999)}"
        tp, tg = r["tagpre"], r["tag"]
        generic = [("Hallway motion", "motion"), ("Front door", "contact"), ("Fridge door", "contact"),
                   ("Bathroom leak", "leak"), ("Kitchen motion", "motion"), ("Kettle plug", "plug")]
        named = [("bedroom motion", "motion"), ("bed pad", "bed"), ("help button", "button"),
                 ("recliner plug", "plug")]
        r["sensors"] = []
        for fn, kind in generic:
            r["sensors"].append(dict(pre=fn, named=False, kind=kind, ieee=ieee(SENSOR_MODELS[kind][1])))
        for fn, kind in named:
            r["sensors"].append(dict(pre=tp, named=True, post=" " + fn, kind=kind,
                                     ieee=ieee(SENSOR_MODELS[kind][1])))
        r["zw"] = [dict(node=random.randint(3, 40), name_post=" front door lock", dsk=dsk(),
                        model="Yale Assure Lock 2 (ZW3)"),
                   dict(node=random.randint(41, 80), name_post=" bathroom motion", dsk=dsk(),
                        model="Zooz ZSE18")]
        for rel in r["rels"]:
            rel["full"] = f"{rel['first']} {rel['last']}"
            rel["ip"] = public_ip(rel["ipk"])
            rel["phone"] = f"{pick(['503', '971', '360', '206', '541'])}-555-01{random.randint(0, 99):02d}"
            if "vin_wmi" in rel:
                rel["vin"] = vin(rel["vin_wmi"])
            if "iban_c" in rel:
                rel["iban"] = iban("ES", es_bban()) if rel["iban_c"] == "ES" else iban("NO", no_bban())
            rel["card"] = pick([visa, mastercard])()
            rel["portal_id"] = f"fam_{hexs(10)}"


build_people()

STAFF = ["Danielle Brooks", "Kwame Mensah", "Priya Raghunathan", "Tomás Echeverría", "Olga Petrenko",
         "Marcus Lindqvist", "Fatima Al-Sayed", "Lisa Hoang"]
STAFF_USERS = ["dbrooks", "kmensah", "praghunathan", "techeverria", "opetrenko", "mlindqvist"]
DOCTORS = ["Okafor", "Patel", "Lindgren", "Morales", "Chen"]
COMPANY_FROM = "+18665550100"
COMPANY_SUPPORT = "1-800-555-0199"
TW_ACCOUNT = "AC" + hexs(32)
SKILL_ID = "amzn1.ask.skill." + uuid4()
COMPANY_NPI = npi()

# ---------------------------------------------------------------------------
# clock
# ---------------------------------------------------------------------------

UTC = datetime.timezone.utc
NOW = datetime.datetime(2024, 5, 14, 13, 0, 0, tzinfo=UTC)


def tick():
    global NOW
    NOW += datetime.timedelta(seconds=random.randint(2, 400), microseconds=random.randint(0, 999999))


def ms():
    return f"{NOW.microsecond // 1000:03d}"


def local():
    return NOW - datetime.timedelta(hours=7)


def ts_ha():
    return local().strftime("%Y-%m-%d %H:%M:%S.") + ms()


def ts_iso():
    return NOW.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "Z"


def ts_py():
    return NOW.strftime("%Y-%m-%d %H:%M:%S,") + ms()


def ts_clf():
    return NOW.strftime("%d/%b/%Y:%H:%M:%S +0000")


def epoch_ms():
    return int(NOW.timestamp() * 1000)


def res():
    return pick(RESIDENTS)


def rel_of(r):
    return pick(r["rels"])


def phone_fmt(num, style):
    a, b, c = num.split("-")
    if style == 0:
        return num
    if style == 1:
        return f"({a}) {b}-{c}"
    if style == 2:
        return f"+1{a}{b}{c}"
    if style == 3:
        return f"{a}.{b}.{c}"
    return f"+1 {a}-{b}-{c}"


def dob_fmt(d, style):
    if style == 0:
        return d.isoformat()
    if style == 1:
        return d.strftime("%m/%d/%Y")
    if style == 2:
        return d.strftime("%b %d, %Y").replace(" 0", " ")
    return d.strftime("%Y%m%d")


def sensor_fname(r, s):
    """return list of items (str / P) for the sensor friendly name"""
    if s["named"]:
        return [r["tagpre"], P(r["tag"], "name"), s["post"]]
    return [s["pre"]]


def sensor_plain(r, s):
    if s["named"]:
        return r["tagpre"] + r["tag"] + s["post"]
    return s["pre"]


def slug(s):
    out = fold(s).lower().replace("'", "")
    return "_".join("".join(ch if ch.isalnum() else " " for ch in out).split())


# ---------------------------------------------------------------------------
# families
# ---------------------------------------------------------------------------

GENERIC_AUTOS = [("hallway_night_light", "Hallway night light"),
                 ("bathroom_no_motion_90m", "Bathroom – no motion 90 min"),
                 ("kitchen_stove_left_on", "Kitchen – stove plug on > 45 min"),
                 ("front_door_open_at_night", "Front door opened at night"),
                 ("med_reminder_morning", "Medication reminder – morning"),
                 ("daily_checkin_prompt", "Daily check-in prompt (09:30)")]
HA_STEPS = ["Running automation actions", "Executing step call service", "Executing step delay 0:05:00",
            "Executing step wait for trigger", "Test If at least one condition matches: True"]
UA_MOBILE = ["Home Assistant/2024.4.1 (io.robbie.HomeAssistant; build:2024.604; iOS 17.4.1) Alamofire/5.8.0",
             "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
             "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15"]


def f_ha(phi):
    r = res()
    L = Line("ha-core")
    ts = ts_ha()
    if not phi:
        k = random.randrange(9)
        if k <= 1:
            eid, alias = pick(GENERIC_AUTOS)
            L.t(f"{ts} INFO (MainThread) [homeassistant.components.automation.{eid}] {alias}: {pick(HA_STEPS)}")
        elif k == 2:
            ent = pick(["sensor.kitchen_temperature", "sensor.fridge_door_battery", "sensor.hallway_motion_illuminance",
                        "binary_sensor.front_door_contact", "sensor.kettle_plug_power"])
            L.t(f"{ts} WARNING (MainThread) [homeassistant.helpers.entity] Update of {ent} is taking over 10 seconds")
        elif k == 3:
            L.t(f"{ts} WARNING (SyncWorker_{random.randint(0, 9)}) [homeassistant.loader] We found a custom integration "
                "hearthlink_bridge which has not been tested by Home Assistant. This component might cause stability "
                "problems, be sure to disable it if you experience issues with Home Assistant")
        elif k == 4:
            L.t(f"{ts} INFO (MainThread) [custom_components.hearthlink_bridge] heartbeat ok hub_id={r['hub']} "
                f"core=2024.5.3 supervisor=2024.05.1 os=12.3 uptime={random.randint(3000, 900000)}s "
                f"entities={random.randint(60, 140)} mqtt=connected")
        elif k == 5:
            L.t(f"{ts} ERROR (MainThread) [homeassistant.components.mqtt.client] Error returned from MQTT server: "
                "The connection was lost.")
        elif k == 6:
            tgt = (local() - datetime.timedelta(days=10)).strftime("%Y-%m-%d %H:%M:%S")
            L.t(f"{ts} INFO (Recorder) [homeassistant.components.recorder.purge] Purging states and events before "
                f"target {tgt}+00:00")
        elif k == 7:
            nwk = f"0x{random.randint(0x1000, 0xFFF0):04X}"
            L.t(f"{ts} WARNING (MainThread) [homeassistant.components.zha.core.cluster_handlers] [{nwk}:1:0x0006]: "
                "async_initialize: all attempts have failed: [DeliveryError('Failed to deliver message: "
                "<EmberStatus.DELIVERY_FAILED: 102>'), DeliveryError('Failed to deliver message: "
                "<EmberStatus.DELIVERY_FAILED: 102>')]")
        else:
            L.t(f"{ts} INFO (MainThread) [homeassistant.components.mqtt.discovery] Found new component: "
                f"binary_sensor {slug(pick(['Hallway motion', 'Front door', 'Fridge door']))}_occupancy")
        return L
    k = random.randrange(7)
    if k == 0:
        eid, parts = pick([(f"{r['key']}_night_wandering", [r["tagpre"], P(r["tag"], "name"), " – night wandering alert"]),
                           (f"{r['key']}_missed_morning_meds", [r["tagpre"], P(r["tag"], "name"), " – missed morning meds"]),
                           (f"no_kitchen_activity_{r['key']}", ["No kitchen activity – ", r["tagpre"], P(r["tag"], "name")])])
        L.t(f"{ts} INFO (MainThread) [homeassistant.components.automation.{eid}] ")
        L.x(*parts)
        L.t(f": {pick(HA_STEPS)}")
    elif k == 1:
        L.t(f"{ts} INFO (MainThread) [custom_components.hearthlink_bridge.alerts] queued alert type=inactivity "
            f"resident=\"")
        L.p(r["full"], "name")
        L.t(f"\" last_motion=binary_sensor.{r['key']}_bedroom_motion_occupancy since="
            f"{(local() - datetime.timedelta(minutes=random.randint(90, 300))).strftime('%H:%M')} hub={r['hub']}")
    elif k == 2:
        rel = rel_of(r)
        ip = rel["ip"]
        L.t(f"{ts} WARNING (MainThread) [homeassistant.components.http.ban] Login attempt or request with invalid "
            "authentication from ")
        L.p(ip, "ip")
        L.t(" (")
        L.p(ip, "ip")
        L.t(f"). Requested URL: '/auth/login_flow/{hexs(32)}'. ({pick(UA_MOBILE)})")
    elif k == 3:
        L.t(f"{ts} INFO (MainThread) [custom_components.hearthlink_bridge.presence] pendant ")
        L.p(r["w_mac"], "device")
        L.t(f" seen by proxy esphome-{pick(['hall', 'kitchen', 'bedroom'])}-{hexs(6)} rssi=-{random.randint(55, 92)} "
            f"area={pick(['hallway', 'kitchen', 'bedroom', 'bathroom'])}")
    elif k == 4:
        rr = [x for x in RESIDENTS if any("vin" in y for y in x["rels"])]
        r = pick(rr)
        rel = [y for y in r["rels"] if "vin" in y][0]
        integ = "fordpass" if rel["vin"].startswith("1F") else "tesla_custom"
        L.t(f"{ts} WARNING (MainThread) [custom_components.{integ}] Vehicle ")
        L.p(rel["vin"], "vehicle")
        L.t(f" not reachable, will retry in {pick([60, 120, 300])} seconds")
    elif k == 5:
        rel = rel_of(r)
        dev = pick(["Pixel 7", "iPhone", "Galaxy S23"])
        L.t(f"{ts} INFO (MainThread) [homeassistant.components.mobile_app.notify] Sending push to "
            f"mobile_app_{slug(rel['first'])}_{slug(dev)} (\"")
        L.p(rel["first"], "name")
        L.t(f"'s {dev}\") title='Hearthlink alert' tag=esc_{random.randint(1000, 9999)}")
    else:
        s = pick([x for x in r["sensors"] if x["named"]])
        L.t(f"{ts} WARNING (MainThread) [homeassistant.components.binary_sensor] Entity "
            f"binary_sensor.{slug(sensor_plain(r, s))}_occupancy (")
        L.x(*sensor_fname(r, s))
        L.t(") has been unavailable for 30 minutes")
    return L


def z2m_prefix(r, level):
    if r["hub"].endswith(("2", "4", "9")):
        return f"[{NOW.strftime('%Y-%m-%d %H:%M:%S')}] {level}: \tz2m: "
    return f"Zigbee2MQTT:{level:<5} {local().strftime('%Y-%m-%d %H:%M:%S')}: "


def z2m_payload(kind):
    lq = random.randint(20, 255)
    if kind == "motion":
        return {"battery": random.randint(40, 100), "device_temperature": random.randint(18, 29),
                "illuminance": random.randint(0, 300), "linkquality": lq, "occupancy": pick([True, False]),
                "power_outage_count": random.randint(0, 9), "voltage": random.randint(2850, 3100)}
    if kind == "contact":
        return {"battery": random.randint(40, 100), "contact": pick([True, False]), "linkquality": lq,
                "voltage": random.randint(2850, 3100)}
    if kind == "leak":
        return {"battery": random.randint(40, 100), "linkquality": lq, "water_leak": False}
    if kind == "plug":
        return {"current": round(random.uniform(0, 6), 2), "energy": round(random.uniform(1, 90), 2),
                "linkquality": lq, "power": random.randint(0, 1500), "state": pick(["ON", "OFF"]),
                "voltage": random.randint(118, 123)}
    if kind == "bed":
        return {"battery": random.randint(40, 100), "linkquality": lq, "occupancy": pick([True, False]),
                "pressure": random.randint(0, 900)}
    return {"action": pick(["single", "double", "long"]), "battery": random.randint(40, 100), "linkquality": lq}


def f_z2m(phi):
    r = res()
    L = Line("zigbee2mqtt")
    if not phi:
        k = random.randrange(6)
        if k <= 2:
            s = pick([x for x in r["sensors"] if not x["named"]])
            L.t(z2m_prefix(r, "info") + f"MQTT publish: topic 'zigbee2mqtt/{s['pre']}', payload '"
                + json.dumps(z2m_payload(s["kind"]), separators=(",", ":")) + "'")
        elif k == 3:
            s = pick([x for x in r["sensors"] if not x["named"]])
            L.t(z2m_prefix(r, "warn") + f"Failed to ping '{s['pre']}' (attempt 1/1, Read more at "
                "https://www.zigbee2mqtt.io/guide/usage/mqtt_topics_and_messages.html#availability)")
        elif k == 4:
            L.t(z2m_prefix(r, "info") + "Coordinator firmware version: '{\"meta\":{\"maintrel\":1,\"majorrel\":2,"
                "\"minorrel\":7,\"product\":1,\"revision\":20230507,\"transportrev\":2},\"type\":\"zStack3x0\"}'")
        else:
            s = pick([x for x in r["sensors"] if not x["named"] and x["kind"] == "contact"])
            L.t(z2m_prefix(r, "debug") + f"Received Zigbee message from '{s['pre']}', type 'attributeReport', "
                f"cluster 'genOnOff', data '{{\"onOff\":{random.randint(0, 1)}}}' from endpoint 1 with groupID 0")
        return L
    k = random.randrange(6)
    if k <= 1:
        s = pick([x for x in r["sensors"] if x["named"]])
        L.t(z2m_prefix(r, "info") + "MQTT publish: topic 'zigbee2mqtt/")
        L.x(*sensor_fname(r, s))
        L.t("', payload '" + json.dumps(z2m_payload(s["kind"]), separators=(",", ":")) + "'")
    elif k == 2:
        s = pick(r["sensors"])
        msg = pick(["Device '{}' joined", "Starting interview of '{}'",
                    "Successfully interviewed '{}', device has successfully been paired",
                    "Device '{}' is supported, identified as: " + SENSOR_MODELS[s["kind"]][0]])
        a, b = msg.split("{}")
        L.t(z2m_prefix(r, "info") + a)
        L.p(s["ieee"], "device")
        L.t(b)
    elif k == 3:
        s = pick([x for x in r["sensors"] if x["named"]])
        L.t(z2m_prefix(r, "info") + "MQTT publish: topic 'zigbee2mqtt/bridge/response/device/rename', payload '")
        emit_json(L, {"data": {"from": P(s["ieee"], "device"), "homeassistant_rename": True,
                               "to": S(r["tagpre"], P(r["tag"], "name"), s["post"])}, "status": "ok"})
        L.t("'")
    elif k == 4:
        s = pick(r["sensors"])
        fn = S(*sensor_fname(r, s)) if s["named"] else s["pre"]
        L.t(z2m_prefix(r, "info") + "MQTT publish: topic 'zigbee2mqtt/bridge/event', payload '")
        emit_json(L, {"data": {"friendly_name": fn, "ieee_address": P(s["ieee"], "device")},
                      "type": pick(["device_announce", "device_leave"])})
        L.t("'")
    else:
        s = pick(r["sensors"])
        L.t(z2m_prefix(r, "error") + "Publish 'set' 'state' to '")
        L.x(*(sensor_fname(r, s)))
        L.t("' failed: 'Error: ZCL command ")
        L.p(s["ieee"], "device")
        L.t("/1 genOnOff.on({}, {\"timeout\":10000,\"disableResponse\":false,\"disableRecovery\":false,"
            "\"disableDefaultResponse\":false,\"direction\":0,\"srcEndpoint\":null,\"reservedBits\":0,"
            "\"manufacturerCode\":null,\"transactionSequenceNumber\":null,\"writeUndiv\":false}) failed "
            "(Delivery failed for '" + str(random.randint(10000, 65000)) + "')'")
    return L


def f_zwave(phi):
    r = res()
    L = Line("zwave-js")
    if not phi:
        k = random.randrange(6)
        n = random.randint(3, 80)
        if k == 0:
            old = round(random.uniform(18, 24), 1)
            L.t(f"{ts_iso()} CNTRLR   [Node {n:03d}] [~] [Multilevel Sensor] Air temperature: {old} => "
                f"{round(old + random.choice([-0.2, 0.1, 0.3]), 1)} [Endpoint 0]")
        elif k == 1:
            L.t(f"{ts_iso()} CNTRLR   [Node {n:03d}] The node is now asleep.")
        elif k == 2:
            L.t(f"{ts_ha()} INFO Z-WAVE: [Node {n:03d}] Value updated: 113-0-Access Control-Door state "
                f"{pick([22, 23])} => {pick([22, 23])}")
        elif k == 3:
            L.t(f"{ts_iso()} DRIVER   Z-Wave JS driver version 12.5.6, home ID: 0x{hexs(8)}, "
                f"controller FW 7.19.3 SDK 7.19.3")
        elif k == 4:
            L.t(f"{ts_ha()} INFO Z-WAVE: Rebuild routes progress: {random.randint(1, 30)}/{random.randint(30, 40)} "
                f"nodes done, hub {r['hub']}")
        else:
            L.t(f"{ts_iso()} CNTRLR   [Node {n:03d}] [~] [Battery] level: {random.randint(40, 100)} => "
                f"{random.randint(40, 100)} [Endpoint 0]")
        return L
    z = pick(r["zw"])
    k = random.randrange(4)
    if k == 0:
        L.t(f"{ts_ha()} INFO Z-WAVE: [Node {z['node']:03d}] Node ready: ")
        L.x(r["tagpre"], P(r["tag"], "name"), z["name_post"])
        L.t(f" ({z['model']})")
    elif k == 1:
        L.t(f"{ts_iso()} CNTRLR   [Node {z['node']:03d}] Security S2 bootstrapping: DSK ")
        L.p(z["dsk"], "device")
        L.t(" accepted, granting S2_AccessControl")
    elif k == 2:
        L.t(f"{ts_ha()} INFO Z-WAVE: Node {z['node']} info: ")
        emit_json(L, {"id": z["node"], "name": S(r["tagpre"], P(r["tag"], "name"), z["name_post"]),
                      "loc": pick(["Entry", "Bathroom"]), "manufacturer": z["model"].split()[0],
                      "productLabel": z["model"].split("(")[-1].rstrip(")"), "firmwareVersion": "1.4.18",
                      "deviceId": pick(["297-32770-1536", "634-8193-8197"]), "dsk": P(z["dsk"], "device"),
                      "status": "Alive", "interviewStage": "Complete"})
    else:
        L.t(f"{ts_ha()} WARN Z-WAVE: Node {z['node']} (")
        L.x(r["tagpre"], P(r["tag"], "name"), z["name_post"])
        L.t(") Access Control: Keypad unlock operation, userId=3 (code slot \"caregiver-am\")")
    return L


FALL_VENDORS = ["safestep", "vayyar", "medpendant"]


def f_fall(phi):
    r = res()
    L = Line("fall-webhook")
    if not phi:
        k = random.randrange(6)
        if k == 0:
            L.t(f"{ts_py()} INFO [webhooks.fall] signature verified (hmac-sha256) key_id=k_2024_04 vendor="
                f"{pick(FALL_VENDORS)} sig={hexs(16)}…")
        elif k == 1:
            L.t(f"{ts_py()} INFO [webhooks.fall] dedup: event evt_{hexs(24)} already processed {random.randint(1, 9)}s "
                "ago, skipping")
        elif k == 2:
            L.t(f"{private_ip()} - - [{ts_clf()}] \"POST /webhooks/v1/fall/{pick(FALL_VENDORS)} HTTP/1.1\" "
                f"{pick([200, 202, 202, 401])} {random.randint(2, 40)} \"-\" \"{pick(['SafeStep-Webhook/2.3', 'Vayyar-Care/4.1.7', 'Go-http-client/1.1'])}\"")
        elif k == 3:
            L.t(f"{ts_py()} INFO [webhooks.fall] ack sent vendor={pick(FALL_VENDORS)} evt_{hexs(24)} in "
                f"{random.randint(12, 140)}ms status=202")
        elif k == 4:
            L.t(f"{ts_py()} INFO [webhooks.fall] vendor=vayyar heartbeat ok fleet=pdx devices_online="
                f"{random.randint(100, 121)}/121 firmware_min=4.1.7")
        else:
            L.t(f"{ts_py()} WARNING [webhooks.fall] vendor safestep retried delivery attempt={random.randint(2, 5)} "
                f"x-request-id={uuid4()} upstream_latency_ms={random.randint(900, 4000)}")
        return L
    k = random.randrange(5)
    if k <= 1:
        L.t(f"{ts_py()} INFO [webhooks.fall] vendor=safestep received FALL_DETECTED payload=")
        emit_json(L, {"eventId": "evt_" + hexs(24), "type": pick(["FALL_DETECTED", "FALL_DETECTED", "SOS_PRESSED"]),
                      "occurredAt": ts_iso(), "device": {"imei": P(r["w_imei"], "device"),
                                                         "serial": P(r["w_serial"], "device"),
                                                         "model": "SS-W3", "fw": "5.3.0",
                                                         "batteryPct": random.randint(15, 100)},
                      "wearerRef": P(r["rid"], "mrn"), "confidence": round(random.uniform(0.6, 0.99), 2),
                      "location": {"source": "wifi", "indoor": True}})
    elif k == 2:
        L.t(f"{ts_py()} INFO [webhooks.fall] vendor=vayyar payload=")
        emit_json(L, {"deviceId": P(r["radar_sn"], "device"), "roomName": pick(["Bathroom", "Bedroom"]),
                      "status": pick(["fall_detected", "fall_confirmed", "fall_exit"]),
                      "timestamp": epoch_ms(), "fallId": random.randint(10000, 99999), "hub": r["hub"]},
                  sep=(", ", ": "))
    elif k == 3:
        L.t(f"{ts_py()} INFO [webhooks.fall] verification snapshot attached resident_id=")
        L.p(r["rid"], "mrn")
        L.t(f" camera=bedroom_cam evt=evt_{hexs(24)} image=")
        if random.random() < 0.6:
            L.p("data:image/jpeg;base64," + b64_blob(random.randint(300, 600), JPEG_HDR), "photo")
        else:
            L.p("data:image/png;base64," + b64_blob(random.randint(300, 600), PNG_HDR), "photo")
    else:
        L.t(f"{ts_py()} INFO [webhooks.fall] device bound imei=")
        L.p(r["w_imei"], "device")
        L.t(" wearer=\"")
        L.p(r["full"], "name")
        L.t("\" dob=")
        L.p(dob_fmt(r["dob"], random.randrange(3)), "date")
        L.t(" resident_id=")
        L.p(r["rid"], "mrn")
        L.t(f" by={pick(STAFF_USERS)}")
    return L


MEDS = ["Metformin 500mg", "Lisinopril 10mg", "Atorvastatin 20mg", "Donepezil 5mg", "Levothyroxine 50mcg",
        "Apixaban 2.5mg", "Furosemide 20mg", "Sertraline 25mg"]


def f_med(phi):
    r = res()
    L = Line("med-dispenser")
    base = f"ts={ts_iso()} level="
    if not phi:
        k = random.randrange(5)
        if k == 0:
            L.t(base + f"info svc=dispenser-gw msg=\"scheduler tick\" window={local().strftime('%H:00')}-"
                f"{local().strftime('%H:30')} doses_queued={random.randint(3, 40)} devices={random.randint(90, 130)}")
        elif k == 1:
            L.t(base + f"info svc=fw-rollout ring={random.randint(1, 3)} target=2.14.3 devices="
                f"{random.randint(10, 120)} ok={random.randint(5, 100)} failed={random.randint(0, 3)}")
        elif k == 2:
            L.t(base + f"info svc=pharmacy-sync batch=rx-{NOW.strftime('%Y%m%d')}-{random.randint(1, 9):02d} "
                f"refills={random.randint(5, 60)} pharmacist=\"{pick(['Lisa Hoang', 'Olga Petrenko'])}, PharmD\" "
                f"duration_ms={random.randint(300, 9000)}")
        elif k == 3:
            L.t(base + f"debug svc=dispenser-gw msg=\"pool stats\" size=32 inflight={random.randint(0, 12)} "
                f"mqtt_broker=10.0.4.10:8883 hub={r['hub']}")
        else:
            L.t(base + f"warn svc=dispenser-gw msg=\"cellular fallback engaged\" hub={r['hub']} "
                f"rssi=-{random.randint(90, 110)} carrier=T-Mobile apn=iot.tmowholesale")
        return L
    k = random.randrange(4)
    if k <= 1:
        ev = pick(["DOSE_DISPENSED", "DOSE_TAKEN", "LID_OPEN_NO_DOSE", "CUP_NOT_REMOVED"])
        L.t(base + f"info svc=dispenser-gw event={ev} device_sn=")
        L.p(r["disp_sn"], "device")
        L.t(f" slot={random.randint(1, 14)} resident_id=")
        L.p(r["rid"], "mrn")
        L.t(f" sched={pick(['08:00', '12:30', '18:00', '21:00'])} taken_after_s={random.randint(5, 900)} "
            f"fw=2.14.3 hub={r['hub']}")
    elif k == 2:
        L.t(base + "warn svc=adherence event=MISSED_DOSE resident_id=")
        L.p(r["rid"], "mrn")
        L.t(" resident=\"")
        L.p(r["full"], "name")
        L.t(f"\" meds=\"{pick(MEDS)} x1; {pick(MEDS)} x1\" escalate_to=family notify_via=sms")
    else:
        L.t(base + "info svc=dispenser-gw event=REFILL_LOADED device_sn=")
        L.p(r["disp_sn"], "device")
        L.t(f" cups=28 loaded_by=\"{pick(['Lisa Hoang', 'Olga Petrenko'])}, PharmD\" seal=ok "
            f"batch=rx-{NOW.strftime('%Y%m%d')}-0{random.randint(1, 9)}")
    return L


def lambda_pre(level="INFO"):
    return f"{ts_iso()}\t{uuid4()}\t{level}\t"


def f_voice(phi):
    r = res()
    L = Line("voice-skill")
    if not phi:
        k = random.randrange(6)
        rid = uuid4()
        if k == 0:
            L.t(f"START RequestId: {rid} Version: $LATEST")
        elif k == 1:
            L.t(f"END RequestId: {rid}")
        elif k == 2:
            d = round(random.uniform(40, 900), 2)
            L.t(f"REPORT RequestId: {rid}\tDuration: {d} ms\tBilled Duration: {int(d) + 1} ms\tMemory Size: 512 MB\t"
                f"Max Memory Used: {random.randint(80, 140)} MB")
        elif k == 3:
            L.t(lambda_pre() + f"Intent {pick(['WeatherIntent', 'TimeIntent', 'AMAZON.StopIntent', 'LightsOnIntent'])} "
                f"handled in {random.randint(30, 400)}ms")
        elif k == 4:
            L.t(lambda_pre() + "Response: ")
            emit_json(L, {"version": "1.0", "response": {"outputSpeech": {"type": "SSML", "ssml": pick([
                "<speak>It is " + local().strftime('%I:%M').lstrip('0') + " in the " + pick(["morning", "afternoon"]) + ".</speak>",
                "<speak>Okay, turning on the kitchen lights.</speak>",
                "<speak>Great job! I've logged that you took your morning pills.</speak>",
                "<speak>Today will be partly cloudy with a high of 68 degrees.</speak>"])},
                "shouldEndSession": True}, "sessionAttributes": {}})
        else:
            L.t(lambda_pre() + f"SessionEndedRequest reason={pick(['USER_INITIATED', 'EXCEEDED_MAX_REPROMPTS'])}")
        return L
    k = random.randrange(8)
    if k <= 4:
        rel = rel_of(r)
        doc = pick(DOCTORS)
        appt = TODAY + datetime.timedelta(days=random.randint(2, 30))
        day = appt.day
        suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        spoken = appt.strftime("%B ") + f"{day}{suf}"
        intents = [
            ("CallFamilyIntent", S(f"call my {rel['relation']} ", P(rel["first"], "name")),
             {"contact": {"name": "contact", "value": P(rel["first"], "name"), "confirmationStatus": "NONE",
                          "source": "USER"}}),
            ("AppointmentQueryIntent", S(f"is my appointment with doctor {doc} still on ", P(spoken, "date")),
             {"apptDate": {"name": "apptDate", "value": P(appt.isoformat(), "date"), "confirmationStatus": "NONE",
                           "source": "USER"}}),
            ("MedicationTakenIntent", pick(["I took my pills", "I already took my morning medicine", "done with my pills"]),
             {}),
            ("ReportSymptomIntent", pick(["my hip hurts again", "I feel dizzy", "I can't sleep"]),
             {"symptom": {"name": "symptom", "value": pick(["hip pain", "dizziness", "insomnia"]),
                          "confirmationStatus": "NONE", "source": "USER"}}),
            ("HelpIntent", pick(["help I fell down", "I need help", "call for help"]), {}),
        ]
        if r["age"] > 89:
            intents.append(("ProfileIntent", S("my name is ", P(r["full"], "name"), " and I am ",
                                               P(str(r["age"]), "age"), " years old"), {}))
        iname, utt, slots = pick(intents)
        env = {"version": "1.0",
               "session": {"new": pick([True, False]), "sessionId": "amzn1.echo-api.session." + uuid4(),
                           "application": {"applicationId": SKILL_ID},
                           "user": {"userId": P(r["echo_user"], "other_id")}},
               "context": {"System": {"application": {"applicationId": SKILL_ID},
                                      "device": {"deviceId": P(r["echo_dev"], "device"),
                                                 "supportedInterfaces": {}},
                                      "apiEndpoint": "https://api.amazonalexa.com"}},
               "request": {"type": "IntentRequest", "requestId": "amzn1.echo-api.request." + uuid4(),
                           "timestamp": NOW.strftime("%Y-%m-%dT%H:%M:%SZ"), "locale": "en-US",
                           "intent": {"name": iname, "confirmationStatus": "NONE", "slots": slots},
                           "utterance": utt}}
        L.t(lambda_pre() + "Request envelope: ")
        emit_json(L, env)
    elif k <= 6:
        rel = rel_of(r)
        L.t(lambda_pre() + "Response: ")
        emit_json(L, {"version": "1.0", "response": {"outputSpeech": {"type": "SSML", "ssml": S(
            "<speak>Okay, calling ", P(rel["first"], "name"), " now. If this is an emergency, say 'help'.</speak>")},
            "shouldEndSession": True}, "sessionAttributes": {"escalationId": f"esc_{random.randint(1000, 9999)}"}})
    else:
        L.t(lambda_pre() + "voice profile enrolled userId=")
        L.p(r["echo_user"], "other_id")
        L.t(" template_v=3 template=")
        L.p(b64_blob(random.randint(180, 260)), "biometric")
    return L


CG_UA = ["HearthLinkCare/4.12.0 (com.hearthlink.caregiver; build:4120; iOS 17.4.1) Alamofire/5.8.1",
         "HearthLinkCare/4.12.0 (com.hearthlink.caregiver; build:4120; Android 14; SM-S911U) okhttp/4.12.0",
         "HearthLinkFamily/2.3.5 (iPhone; iOS 17.5; Scale/3.00)"]


def f_nginx(phi):
    r = res()
    L = Line("nginx-access")
    if not phi:
        ip = private_ip()
        path, ua = pick([("/healthz", "kube-probe/1.28"), ("/readyz", "kube-probe/1.28"),
                         ("/api/v2/config/app?platform=ios&v=4.12.0", pick(CG_UA)),
                         ("/api/v2/shifts?date=" + local().strftime("%Y-%m-%d"), pick(CG_UA)),
                         ("/metrics", "Prometheus/2.51.1")])
        L.t(f"{ip} - - [{ts_clf()}] \"GET {path} HTTP/1.1\" 200 {random.randint(2, 4000)} \"-\" \"{ua}\" "
            f"rt={random.uniform(0.001, 0.09):.3f} uct=0.000 upstream={private_ip()}:8080")
        return L
    rel = rel_of(r)
    ip = rel["ip"] if random.random() < 0.5 else public_ip()
    L.p(ip, "ip")
    L.t(f" - - [{ts_clf()}] \"")
    k = random.randrange(5)
    if k == 0:
        L.t("GET /api/v2/residents/")
        L.p(r["rid"], "mrn")
        L.t(f"/timeline?since={(NOW - datetime.timedelta(hours=24)).strftime('%Y-%m-%dT%H:%M:%SZ')}&limit=50")
    elif k == 1:
        L.t("GET /api/v2/residents/")
        L.p(r["rid"], "mrn")
        L.t(pick(["/meds/adherence?days=7", "/vitals?metric=hr", "/devices", "/care-plan"]))
    elif k == 2:
        L.t("GET /api/v2/contacts/lookup?phone=%2B1")
        L.p(rel["phone"].replace("-", ""), "phone")
    elif k == 3:
        L.t(f"POST /api/v2/visits/{uuid4()}/notes")
    else:
        L.t(f"GET /api/v2/me/notifications?page={random.randint(1, 4)}")
    L.t(f" HTTP/2.0\" {pick([200, 200, 200, 201, 304, 403])} {random.randint(80, 9000)} \"-\" \"{pick(CG_UA)}\" "
        f"rt={random.uniform(0.01, 0.6):.3f} uct=0.001 upstream={private_ip()}:8080")
    return L


def pino(level, **extra):
    d = {"level": level, "time": epoch_ms(), "pid": random.choice([412, 418, 97]),
         "hostname": f"cg-api-6d9f7b{hexs(3)}-{hexs(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}"}
    d.update(extra)
    return d


def f_pino(phi):
    r = res()
    L = Line("caregiver-api-json")
    if not phi:
        k = random.randrange(4)
        if k == 0:
            d = pino(30, reqId=f"req-{hexs(4)}", req={"method": "GET",
                                                      "url": "/api/v2/shifts?date=" + local().strftime("%Y-%m-%d"),
                                                      "remoteAddress": private_ip()},
                     res={"statusCode": 200}, responseTime=round(random.uniform(5, 90), 1), msg="request completed")
        elif k == 1:
            d = pino(30, pool={"total": 20, "idle": random.randint(0, 20), "waiting": 0}, msg="pg pool stats")
        elif k == 2:
            d = pino(40, reqId=f"req-{hexs(4)}", sub=f"usr_{hexs(12)}", role="caregiver", err="jwt expired",
                     msg="auth failed")
        else:
            d = pino(30, caregiver=pick(STAFF[:6]), shiftId=f"shf_{hexs(10)}", clockIn=ts_iso(),
                     msg="shift clock-in")
        emit_json(L, d)
        return L
    k = random.randrange(6)
    rel = rel_of(r)
    if k == 4:
        d = pino(30, reqId=f"req-{hexs(4)}", residentId=P(r["rid"], "mrn"),
                 address={"line1": P(r["street"], "address"), "city": P(r["city"], "address"), "state": r["state"],
                          "postalCode": P(r["zip"], "zip")},
                 geocoder="smarty", dpv="Y", msg="resident address verified")
    elif k == 5:
        d = pino(30, reqId=f"req-{hexs(4)}", residentId=P(r["rid"], "mrn"), uploadedBy=pick(STAFF_USERS),
                 avatar=P("data:image/jpeg;base64," + b64_blob(random.randint(250, 450), JPEG_HDR), "photo"),
                 msg="profile photo updated")
    elif k == 0:
        d = pino(30, reqId=f"req-{hexs(4)}", residentId=P(r["rid"], "mrn"), viewer=pick(STAFF_USERS),
                 fields=["profile", "carePlan", "contacts"], msg="resident profile viewed")
    elif k == 1:
        d = pino(30, reqId=f"req-{hexs(4)}", residentId=P(r["rid"], "mrn"),
                 contact={"name": P(rel["full"], "name"), "relationship": rel["relation"],
                          "phone": P(phone_fmt(rel["phone"], 2), "phone"), "priority": random.randint(1, 3)},
                 msg="emergency contact updated")
    elif k == 2:
        vd = TODAY - datetime.timedelta(days=random.randint(0, 3))
        d = pino(30, reqId=f"req-{hexs(4)}", visit={"id": uuid4(), "residentId": P(r["rid"], "mrn"),
                                                     "visitDate": P(vd.isoformat(), "date"),
                                                     "caregiver": pick(STAFF[:6]), "durationMin": pick([30, 45, 60, 90]),
                                                     "tasks": ["bathing", "meal prep", "med check"]},
                 msg="visit note saved")
    else:
        age_v = P(r["age"], "age") if r["age"] > 89 else r["age"]
        d = pino(30, reqId=f"req-{hexs(4)}", resident={"id": P(r["rid"], "mrn"), "displayName": P(r["full"], "name"),
                                                        "age": age_v, "riskTier": pick(["high", "medium"])},
                 msg="risk score recalculated")
    emit_json(L, d)
    return L


def tw_pre():
    return f"{ts_py()} INFO twilio.http_client: "


def f_twilio(phi):
    r = res()
    L = Line("twilio")
    if not phi:
        k = random.randrange(6)
        if k == 0:
            L.t(tw_pre() + "-- BEGIN Twilio API Request --")
        elif k == 1:
            L.t(tw_pre() + f"POST Request: https://api.twilio.com/2010-04-01/Accounts/{TW_ACCOUNT}/"
                + pick(["Calls.json", "Messages.json"]))
        elif k == 2:
            L.t(tw_pre() + "User-Agent : twilio-python/8.2.0 (Linux x86_64) Python/3.11.6")
        elif k == 3:
            L.t(tw_pre() + "-- END Twilio API Request --")
        elif k == 4:
            L.t(tw_pre() + f"Response Status Code: {pick([200, 201, 201, 429])}")
        else:
            L.t(tw_pre() + "Response Headers: {'Content-Type': 'application/json', 'Twilio-Request-Id': 'RQ"
                + hexs(32) + "', 'Twilio-Request-Duration': '0.0" + str(random.randint(10, 99)) + "'}")
        return L
    rel = rel_of(r)
    k = random.randrange(3)
    if k == 0:
        st = pick(["no-answer", "completed", "busy", "in-progress"])
        ph = "+1" + rel["phone"].replace("-", "")
        L.t(f"{ts_py()} INFO esc.twilio_hooks: status callback form=")
        emit_repr(L, {"Called": P(ph, "phone"), "ToState": "", "CallerCountry": "US", "Direction": "outbound-api",
                      "Timestamp": NOW.strftime("%a, %d %b %Y %H:%M:%S +0000"),
                      "CallbackSource": "call-progress-events", "SequenceNumber": str(random.randint(0, 3)),
                      "CallSid": "CA" + hexs(32), "To": P(ph, "phone"), "ToZip": "", "ToCountry": "US",
                      "ApiVersion": "2010-04-01", "CallStatus": st,
                      "Duration": "0" if st != "completed" else str(random.randint(1, 4)),
                      "From": COMPANY_FROM, "AccountSid": TW_ACCOUNT, "Caller": COMPANY_FROM})
    elif k == 1:
        L.t(f"{ts_py()} DEBUG esc.twiml: rendered <?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
            "<Say voice=\"Polly.Joanna\">This is Hearthlink Care. A possible fall was detected for ")
        L.p(r["full"], "name")
        L.t(" at ")
        L.p(r["street"], "address")
        L.t(", ")
        L.p(r["city"], "address")
        L.t(f". Press 1 to acknowledge, or press 2 to reach our care team.</Say><Gather numDigits=\"1\" "
            f"action=\"/twiml/esc_{random.randint(1000, 9999)}/gather\" timeout=\"8\"/></Response>")
    else:
        to = rel.get("intl") if "intl" in rel and random.random() < 0.6 else phone_fmt(rel["phone"], 2)
        L.t(f"{ts_py()} INFO esc.sms: messages.create to=")
        L.p(to, "phone")
        L.t(f" from={COMPANY_FROM} body=\"Hearthlink: ")
        L.x(r["tagpre"], P(r["tag"], "name"))
        L.t(" " + pick(["pressed the help button", "may have fallen", "missed the 08:00 medication",
                        "has had no kitchen activity since 07:00"]) + f". Reply 1 to acknowledge.\" "
            f"status_callback=https://esc.hearthlink.care/twilio/sms-status")
    return L


def logfmt_pre(level):
    return f"ts={ts_iso()} level={level} svc=escalator "


def f_esc(phi):
    r = res()
    L = Line("escalation")
    esc = f"esc_{random.randint(1000, 9999)}"
    if not phi:
        k = random.randrange(4)
        if k == 0:
            L.t(logfmt_pre("info") + f"msg=\"step timer armed\" esc_id={esc} step={random.randint(1, 4)} wait=90s "
                f"policy=fall-default")
        elif k == 1:
            L.t(logfmt_pre("info") + f"msg=\"escalation resolved\" esc_id={esc} by=agent:{pick(STAFF_USERS)} "
                f"outcome={pick(['false_alarm', 'resident_ok', 'ems_dispatched'])} duration={random.randint(40, 900)}s")
        elif k == 2:
            L.t(logfmt_pre("info") + "msg=\"policies loaded\" count=7 source=s3://hl-config-prod/escalation/v23.yaml")
        else:
            L.t(logfmt_pre("warn") + f"msg=\"agent queue saturated\" queue=night-desk waiting={random.randint(2, 9)} "
                f"agents_online={random.randint(1, 4)} oncall=\"{pick(STAFF)}\" pager={COMPANY_SUPPORT}")
        return L
    rel = rel_of(r)
    k = random.randrange(4)
    if k == 0:
        L.t(logfmt_pre("info") + f"msg=\"dialing contact\" esc_id={esc} step={random.randint(1, 3)} resident_id=")
        L.p(r["rid"], "mrn")
        L.t(" contact=\"")
        L.p(rel["full"], "name")
        L.t(f" ({rel['relation']})\" to=")
        L.p(phone_fmt(rel["phone"], 2), "phone")
        L.t(f" from={COMPANY_FROM} attempt={random.randint(1, 3)}/3")
    elif k == 1:
        L.t(logfmt_pre("warn") + f"msg=\"escalation opened\" esc_id={esc} trigger={pick(['fall', 'sos', 'inactivity'])} "
            "resident=\"")
        L.p(r["full"], "name")
        L.t("\" age=")
        if r["age"] > 89:
            L.p(str(r["age"]), "age")
        else:
            L.t(str(r["age"]))
        L.t(" case=")
        L.p(r["case"], "other_id")
        L.t(f" hub={r['hub']}")
    elif k == 2:
        L.t(logfmt_pre("warn") + f"msg=\"psap handoff\" esc_id={esc} psap_id=OR-{hexs(4).upper()} "
            f"callback={COMPANY_FROM} address=\"")
        L.p(r["street"], "address")
        L.t(", ")
        L.p(r["city"], "address")
        L.t(f", {r['state']} ")
        L.p(r["zip"], "zip")
        L.t("\" home_phone=")
        L.p(phone_fmt(r["phone"], 0), "phone")
        L.t(f" agent={pick(STAFF_USERS)}")
    else:
        L.t(logfmt_pre("info") + f"msg=\"keybox code released\" esc_id={esc} resident_id=")
        L.p(r["rid"], "mrn")
        L.t(" county=\"")
        L.p(r["county"], "address")
        L.t(f"\" responder=\"{pick(['TVF&R Engine 51', 'PF&R Station 11', 'Clark-Cowlitz Fire'])}\"")
    return L


def f_notify(phi):
    r = res()
    L = Line("family-notify")
    pre = f"{ts_py()} INFO notify.dispatch "
    if not phi:
        k = random.randrange(5)
        if k == 0:
            L.t(pre + f"digest job started batch=dg-{NOW.strftime('%Y%m%d')}-{hexs(4)} recipients={random.randint(40, 400)}")
        elif k == 1:
            L.t(f"{ts_py()} WARNING notify.ses throttled (Maximum sending rate exceeded), backing off "
                f"{pick([500, 1000, 2000])}ms from=noreply@hearthlink.care")
        elif k == 2:
            L.t(pre + f"template fall_alert v{random.randint(5, 9)} compiled locale=en-US size={random.randint(3000, 9000)}B")
        elif k == 3:
            L.t(pre + f"bounce processed feedback_id=0100018f{hexs(24)} source=MAILER-DAEMON@amazonses.com "
                "type=Transient")
        else:
            L.t(pre + f"push sent via fcm count={random.randint(1, 40)} failures=0 project=hearthlink-family-prod")
        return L
    rel = rel_of(r)
    k = random.randrange(5)
    if k == 4:
        L.t(pre + "apns payload=")
        emit_json(L, {"aps": {"alert": {"title": "Hearthlink", "body": S(r["tagpre"], P(r["tag"], "name"),
                      " " + pick(["pressed the help button", "may have fallen", "missed a dose"]))},
                      "sound": "critical.caf", "interruption-level": "critical"},
                      "resident_id": P(r["rid"], "mrn"), "esc": f"esc_{random.randint(1000, 9999)}"},
                  sep=(", ", ": "), ea=True)
        return L
    if k == 0:
        L.t(pre + "email sent template=fall_alert to=")
        L.p(rel["email"], "email")
        L.t(" subject=\"Alert: possible fall detected for ")
        L.x(r["tagpre"], P(r["tag"], "name"))
        L.t(f"\" msg_id=<0100018f{hexs(20)}@email.amazonses.com> from=noreply@hearthlink.care")
    elif k == 1:
        L.t(pre + "weekly summary queued to=")
        L.p(rel["email"], "email")
        L.t(" resident_id=")
        L.p(r["rid"], "mrn")
        L.t(" link=")
        L.p(f"https://family.hearthlink.care/r/{slug(r['full']).replace('_', '-')}/summary", "url")
    elif k == 2:
        fax = [x for x in RESIDENTS if any("fax" in y for y in x["rels"])]
        r = pick(fax)
        rel = [y for y in r["rels"] if "fax" in y][0]
        L.t(pre + "fax queued provider=srfax to=")
        L.p(rel["fax"], "fax")
        L.t(" attn=\"")
        L.p(rel["full"], "name")
        L.t(f"\" doc=care_plan_update.pdf pages={random.randint(2, 6)} reply_fax=503-555-0100")
    else:
        L.t(pre + "sms sent to=")
        L.p(phone_fmt(rel["phone"], 4), "phone")
        L.t(" body=\"Hi ")
        L.p(rel["first"], "name")
        L.t(", your mom's care visit notes are ready: " if rel["relation"] in ("daughter", "son") else
            ", new care visit notes are ready: ")
        L.p(f"https://family.hearthlink.care/r/{slug(r['full']).replace('_', '-')}/visits", "url")
        L.t("\"")
    return L


def frigate_pre(level, mod):
    t = local().strftime("%Y-%m-%d %H:%M:%S")
    return f"{t}.{random.randint(100000000, 999999999)}  [{t}] {mod:<20} {level:<8}: "


def f_frigate(phi):
    r = res()
    L = Line("frigate")
    if not phi:
        k = random.randrange(4)
        cam = pick(["front_door", "driveway", "living_room", "bedroom_cam"])
        if k == 0:
            L.t(frigate_pre("ERROR", f"watchdog.{cam}") + "Ffmpeg process crashed unexpectedly for " + cam + ".")
        elif k == 1:
            L.t(frigate_pre("INFO", "frigate.app") + "Capture process started for " + cam + f": {random.randint(300, 900)}")
        elif k == 2:
            L.t(frigate_pre("WARNING", "frigate.output") + f"Unable to keep up with recording segments in cache for {cam}. "
                "Keeping the 5 most recent segments out of 6 and discarding the rest...")
        else:
            L.t(frigate_pre("INFO", "frigate.app") + "Starting Frigate (0.13.2-6476f8a)")
        return L
    k = random.randrange(2)
    if k == 0:
        rr = [x for x in RESIDENTS if any("plate" in y for y in x["rels"])]
        r = pick(rr)
        rel = [y for y in r["rels"] if "plate" in y][0]
        L.t(frigate_pre("INFO", "frigate.lpr") + "Recognized plate ")
        L.p(rel["plate"], "vehicle")
        L.t(f" score={random.uniform(0.8, 0.98):.2f} camera=driveway known_as=\"")
        L.p(rel["first"], "name")
        L.t(f"'s car\" event={NOW.timestamp():.6f}-{hexs(6)}")
    else:
        L.t(frigate_pre("DEBUG", "frigate.face") + "face enrolled label=")
        L.p(r["tag"], "name")
        L.t(" embedding=")
        L.p(b64_blob(random.randint(200, 260)), "biometric")
    return L


def f_fhir(phi):
    r = res()
    L = Line("fhir-sync")
    pre = f"{ts_iso()} INFO [fhir-sync] "
    if not phi:
        k = random.randrange(3)
        if k == 0:
            L.t(pre + f"Bundle fetched entries={random.randint(0, 50)} page={random.randint(1, 9)} "
                f"in {random.randint(200, 2000)}ms source=epic-sandbox")
        elif k == 1:
            L.t(pre + f"token refreshed client_id=hearthlink-sync expires_in=3599 scope=\"system/Patient.read "
                "system/Appointment.read\"")
        else:
            L.t(pre + f"Practitioner/{uuid4()} cached name=\"Dr. {pick(DOCTORS)}\" npi={npi()}")
        return L
    k = random.randrange(6)
    if k >= 4:
        L.t(pre + "Patient read ")
        emit_json(L, {"resourceType": "Patient", "id": uuid4(),
                      "identifier": [{"system": "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14", "value": P(r["mrn"], "mrn")},
                                     {"system": "http://hl7.org/fhir/sid/us-ssn", "value": P(r["ssn"], "ssn")}],
                      "name": [{"use": "official", "family": P(r["last"], "name"),
                                "given": [P(g, "name") for g in r["first"].split()]}],
                      "telecom": [{"system": "phone", "value": P(phone_fmt(r["phone"], 1), "phone"), "use": "home"}],
                      "gender": "female" if r["sex"] == "F" else "male", "birthDate": P(r["dob"].isoformat(), "date"),
                      "address": [{"line": [P(r["street"], "address")], "city": P(r["city"], "address"),
                                   "state": r["state"], "postalCode": P(r["zip"], "zip")}]})
    elif k == 0:
        L.t(pre + f"Patient/{uuid4()} upserted mrn=")
        L.p(r["mrn"], "mrn")
        L.t(" birthDate=")
        L.p(dob_fmt(r["dob"], 0), "date")
        L.t(f" gender={'female' if r['sex'] == 'F' else 'male'} resident_id=")
        L.p(r["rid"], "mrn")
    elif k == 1:
        ad = TODAY + datetime.timedelta(days=random.randint(1, 40))
        L.t(pre + f"Appointment/{uuid4()} status=booked patient.mrn=")
        L.p(r["mrn"], "mrn")
        L.t(" start=")
        L.p(f"{ad.isoformat()}T{pick(['09', '10', '13', '14'])}:{pick(['00', '15', '30'])}:00-07:00", "date")
        L.t(f" practitioner=\"Dr. {pick(DOCTORS)}\" serviceType=\"{pick(['Cardiology follow-up', 'Ophthalmology', 'Primary care'])}\"")
    elif k == 2:
        adm = TODAY - datetime.timedelta(days=random.randint(8, 40))
        dis = adm + datetime.timedelta(days=random.randint(2, 6))
        L.t(pre + f"Encounter/{uuid4()} class=IMP patient.mrn=")
        L.p(r["mrn"], "mrn")
        L.t(" period.start=")
        L.p(adm.isoformat(), "date")
        L.t(" period.end=")
        L.p(dis.isoformat(), "date")
        L.t(" dischargeDisposition=home-health → care plan review flagged")
    else:
        L.t(pre + "Coverage upsert ")
        emit_json(L, {"resourceType": "Coverage", "status": "active", "beneficiary": {"identifier": {
            "system": "urn:hearthlink:resident", "value": P(r["rid"], "mrn")}},
            "subscriberId": P(r["mbi"], "health_plan"), "payor": [{"display": "Medicare Part A/B"}],
            "class": [{"type": {"text": "group"}, "value": "GRP-" + digits(5)}]}, sep=(", ", ": "))
    return L


def f_edi(phi):
    r = res()
    L = Line("x12-270")
    pre = f"{ts_py()} DEBUG edi.outbound "
    ctl = f"{random.randint(1, 9999):04d}"
    if not phi:
        k = random.randrange(2)
        if k == 0:
            L.t(pre + f"271 received ctl={ctl} AAA=none latency_ms={random.randint(300, 3000)} clearinghouse=availity")
        else:
            L.t(pre + f"ISA*00*          *00*          *ZZ*HEARTHLINK     *ZZ*AVAILITY       *{NOW.strftime('%y%m%d')}*"
                f"{NOW.strftime('%H%M')}*^*00501*{random.randint(10 ** 8, 10 ** 9 - 1)}*0*P*:~")
        return L
    L.t(pre + f"270 ST*270*{ctl}*005010X279A1~BHT*0022*13*{hexs(10).upper()}*{NOW.strftime('%Y%m%d')}*"
        f"{NOW.strftime('%H%M')}~HL*1**20*1~NM1*PR*2*CMS*****PI*CMS~HL*2*1*21*1~NM1*1P*2*HEARTHLINK CARE LLC*****XX*"
        f"{COMPANY_NPI}~HL*3*2*22*0~TRN*1*{random.randint(10 ** 9, 10 ** 10 - 1)}*9877281234~NM1*IL*1*")
    L.p(fold(r["last"]).upper(), "name")
    L.t("*")
    L.p(fold(r["first"].split()[0]).upper(), "name")
    L.t("****MI*")
    L.p(r["mbi"], "health_plan")
    L.t("~DMG*D8*")
    L.p(dob_fmt(r["dob"], 3), "date")
    L.t(f"*{r['sex']}~DTP*291*D8*")
    L.p(TODAY.strftime("%Y%m%d"), "date")
    L.t(f"~EQ*30~SE*13*{ctl}~")
    return L


def f_billing(phi):
    r = res()
    L = Line("billing")
    pre = f"{ts_iso()} billing-svc "
    if not phi:
        k = random.randrange(4)
        if k == 0:
            L.t(pre + f"INFO invoice run complete invoices={random.randint(300, 450)} total={random.randint(80000, 120000)}.00 "
                f"USD period={NOW.strftime('%Y-%m')} run_id=ir_{hexs(8)}")
        elif k == 1:
            L.t(pre + f"INFO stripe webhook evt_1P{hexs(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')} "
                f"type=invoice.paid invoice=INV-2024-05-{random.randint(1, 2000):05d} amount=249.00 card=visa ****{digits(4)}")
        elif k == 2:
            L.t(pre + f"WARN dunning retry scheduled invoice=INV-2024-05-{random.randint(1, 2000):05d} attempt=2 "
                f"next={(TODAY + datetime.timedelta(days=3)).isoformat()} plan=monitor-plus")
        else:
            L.t(pre + f"INFO plan catalog synced skus=HL-MON-PLUS,HL-MON-BASIC,HL-DISP-ADDON price_book=2024Q2")
        return L
    rel = rel_of(r)
    k = random.randrange(5)
    if k == 0:
        L.t(pre + "INFO charge ok account=")
        L.p(r["acct"], "account")
        L.t(" payer=\"")
        L.p(rel["full"], "name")
        L.t(f"\" amount={pick(['249.00', '189.00', '312.50'])} USD invoice=INV-2024-05-{random.randint(1, 2000):05d}")
    elif k == 1:
        rr = [x for x in RESIDENTS if any("iban" in y for y in x["rels"])]
        r = pick(rr)
        rel = [y for y in r["rels"] if "iban" in y][0]
        L.t(pre + "INFO sepa mandate created payer=\"")
        L.p(rel["full"], "name")
        L.t("\" iban=")
        L.p(iban_fmt(rel["iban"]) if random.random() < 0.5 else rel["iban"], "account")
        L.t(f" bic={'CAIXESBBXXX' if rel['iban'].startswith('ES') else 'DNBANOKKXXX'} mandate_ref=HL-{hexs(8).upper()} for account=")
        L.p(r["acct"], "account")
    elif k == 2:
        L.t(pre + "ERROR payment gateway 402 raw_request=\"card[number]=")
        L.p(rel["card"], "account")
        L.t(f"&card[exp_month]={random.randint(1, 12):02d}&card[exp_year]={random.randint(2025, 2029)}"
            f"&card[cvc]=***&billing_details[name]=")
        L.p(rel["full"].replace(" ", "+"), "name")
        L.t("\" decline_code=insufficient_funds")
    elif k == 3:
        L.t(pre + "INFO medicaid waiver eligibility resident_id=")
        L.p(r["rid"], "mrn")
        L.t(" medicaid_id=")
        L.p(r["medicaid"], "health_plan")
        L.t(" ssn=")
        L.p(r["ssn"], "ssn")
        L.t(f" program={'COPES' if r['state'] == 'WA' else 'OR-APD-HCBS'} result=eligible")
    else:
        L.t(pre + "INFO guarantor updated account=")
        L.p(r["acct"], "account")
        L.t(" guarantor=\"")
        L.p(rel["full"], "name")
        L.t("\" mbi=")
        L.p(mbi_dash(r["mbi"]), "health_plan")
    return L


def zap(level, caller, msg, **kw):
    d = {"level": level, "ts": round(NOW.timestamp(), 3), "caller": caller, "msg": msg}
    d.update(kw)
    return d


def f_portal(phi):
    r = res()
    L = Line("portal-audit")
    if not phi:
        k = random.randrange(3)
        if k == 0:
            d = zap("info", "session/store.go:214", "session expired", session_id=hexs(24), idle_s=1800)
        elif k == 1:
            d = zap("warn", "ratelimit/mw.go:57", "rate limited", route="/api/v1/timeline", remote=private_ip(),
                    limit="60/m")
        else:
            d = zap("info", "audit/audit.go:88", "staff login", user=pick(STAFF_USERS) + "@hearthlink.care",
                    client_ip=private_ip(), mfa="webauthn")
        emit_json(L, d)
        return L
    rel = rel_of(r)
    k = random.randrange(4)
    if k == 0:
        d = zap("info", "audit/audit.go:88", "login_success", username=P(rel["user"], "other_id"),
                client_ip=P(rel["ip"], "ip"), mfa=pick(["totp", "sms"]), ua=pick(UA_MOBILE))
    elif k == 1:
        rr = [x for x in RESIDENTS if any("dl" in y for y in x["rels"])]
        r = pick(rr)
        rel = [y for y in r["rels"] if "dl" in y][0]
        d = zap("info", "kyc/verify.go:141", "id document verified", user_id=rel["portal_id"],
                doc_type="drivers_license", doc_state=rel["dl"][0], doc_number=P(rel["dl"][1], "license"),
                match_score=round(random.uniform(0.9, 0.99), 2), vendor="persona")
    elif k == 2:
        d = zap("info", "share/links.go:66", "share link created", by=P(rel["email"], "email"),
                url=P(f"https://family.hearthlink.care/r/{slug(r['full']).replace('_', '-')}/timeline?s={hexs(10)}", "url"),
                ttl_h=72)
    else:
        d = zap("info", "invite/invite.go:102", "family member invited", resident_id=P(r["rid"], "mrn"),
                invitee=P(rel["email"], "email"), invitee_name=P(rel["full"], "name"), role="viewer")
    emit_json(L, d)
    return L


def f_mosq(phi):
    assert not phi
    L = Line("mosquitto")
    e = int(NOW.timestamp())
    ip = private_ip()
    port = random.randint(30000, 65000)
    k = random.randrange(4)
    hub = pick(RESIDENTS)["hub"]
    if k == 0:
        L.t(f"{e}: New connection from {ip}:{port} on port 1883.")
    elif k == 1:
        L.t(f"{e}: New client connected from {ip}:{port} as z2m_{hub} (p2, c1, k60, u'z2m').")
    elif k == 2:
        L.t(f"{e}: Client ha-core-{hub[-4:]} disconnected.")
    else:
        L.t(f"{e}: Saving in-memory database to /mosquitto/data/mosquitto.db.")
    return L


FAMILIES = [
    (f_ha, 14, True), (f_z2m, 12, True), (f_zwave, 6, True), (f_fall, 8, True), (f_med, 8, True),
    (f_voice, 9, True), (f_nginx, 8, True), (f_pino, 7, True), (f_twilio, 7, True), (f_esc, 6, True),
    (f_notify, 6, True), (f_frigate, 4, True), (f_fhir, 6, True), (f_edi, 3, True), (f_billing, 6, True),
    (f_portal, 5, True), (f_mosq, 4, False),
]


def choose(phi):
    pool = [(f, w) for f, w, has_phi in FAMILIES if has_phi or not phi]
    tot = sum(w for _, w in pool)
    x = random.uniform(0, tot)
    for f, w in pool:
        x -= w
        if x <= 0:
            return f
    return pool[-1][0]


def main():
    flags = [False] * N_CLEAN + [True] * (N_LINES - N_CLEAN)
    random.shuffle(flags)
    out_lines = []
    out_labels = []
    for i, phi in enumerate(flags, 1):
        tick()
        L = choose(phi)(phi)
        text = L.text()
        assert "\n" not in text and "\r" not in text
        b = text.encode("utf-8")
        assert len(b) <= 4000, (i, len(b))
        if phi:
            assert L.spans, (i, text)
        else:
            assert not L.spans, (i, text)
        spans = []
        last = 0
        for s, e, cat, val in L.spans:
            assert b[s:e] == val.encode("utf-8"), (i, s, e, val)
            assert s >= last and e > s
            last = e
            spans.append({"s": s, "e": e, "cat": cat})
        out_lines.append(text)
        out_labels.append({"line": i, "family": L.family, "spans": spans})
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as fh:
        for t in out_lines:
            fh.write(t + "\n")
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for o in out_labels:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
