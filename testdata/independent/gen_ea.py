#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen_ea.py -- synthetic, labeled log corpus: teledermatology app + dermatology / med-spa clinic chain.

Writes ea.log (500 lines) and ea.labels.jsonl next to this file. Standard library only, deterministic.

Labeling decisions (documented so a reviewer can check them):
* photo: a base64 JPEG/PNG (raw run or data URI) is labeled ONLY when the image shows a face:
  selfies, full-face / profile / "regional" facial views, facial before/after pairs, face thumbnails,
  ID-verification selfies.  Lesion close-ups and dermoscopic images are NEVER labeled, even on facial
  sites (they show a patch of skin, not a face); body before/after (legs, back, arms), logos, icons,
  Grad-CAM overlays, PDFs and QR codes are not labeled either.  The span covers the whole data URI
  ("data:image/jpeg;base64,..." incl. prefix) or the raw base64 run exactly as printed; the logger's
  truncation marker ("...", "...(+N chars)" etc.) is outside the span.
* biometric: face-match templates / embeddings (base64).
* address: street and city as separate spans (one span when the tool prints them as one field);
  GPS coordinates embedded in a patient's photo (EXIF/piexif/app metadata) are labeled address.
  Clinic / company / payer addresses are not labeled.
* date: DOB, appointment, service, admission, observation/study, photo capture (EXIF DateTimeOriginal,
  ModifyDate, CreateDate), consent-signed, injury dates.  Log timestamps, MSH-7, Stripe "created",
  file-system dates and query ranges are not labeled.
* device: serials of patient-owned cameras/lenses, patient home dermatoscope serial + BLE MAC, IMEI,
  implant UDI.  Clinic-owned cameras, dermatoscopes and card terminals are not labeled.
* account: full card PANs, financing account numbers, bank account numbers, IBAN.  Card last4, Stripe
  object IDs (cus_/pi_/ch_/evt_/pm_), card fingerprints and routing numbers are NOT labeled.
* other_id: teledermatology consult case numbers (TD-....), iPLEDGE IDs, app usernames of patients,
  foreign national IDs (Mexican CURP, Swedish personnummer), an auto insurer's injury claim number.  Appointment IDs, consent record IDs,
  order/accession/filler numbers, upload UUIDs are not labeled.
* age: only ages > 89 ("92", "095Y").  Staff (dermatologists, PAs, RNs, MAs, front desk) are never labeled.
* ip: public IPs of patients, their relatives and website visitors.  Private IPs, CDN edges, Googlebot,
  Stripe webhook senders are not labeled.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import struct
import unicodedata
import uuid
import zlib

rng = random.Random(1818)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ea"
N_LINES = 500
TARGET_PHI = 0.45

# =====================================================================================
# line builder
# =====================================================================================


class P(object):
    """a PHI-marked scalar value"""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S(object):
    """a string value made of parts (text, cat-or-None)"""

    def __init__(self, *parts):
        self.parts = parts


class Ln(object):
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []

    def t(self, *xs):
        for x in xs:
            self.b += str(x).encode("utf-8")
        return self

    def p(self, x, cat):
        if cat is None:
            return self.t(x)
        bs = str(x).encode("utf-8")
        s = len(self.b)
        self.b += bs
        self.sp.append((s, len(self.b), cat, bs))
        return self

    def seq(self, *xs):
        for x in xs:
            if isinstance(x, tuple):
                self.p(x[0], x[1])
            elif isinstance(x, P):
                self.p(x.v, x.cat)
            else:
                self.t(x)
        return self


def jinner(s, asc):
    return json.dumps(s, ensure_ascii=asc)[1:-1]


def wj(L, o, asc=False, sep=",", kv=":"):
    """write JSON, recording spans for P / S values"""
    if isinstance(o, dict):
        L.t("{")
        first = True
        for k, v in o.items():
            if not first:
                L.t(sep)
            first = False
            L.t(json.dumps(k, ensure_ascii=asc), kv)
            wj(L, v, asc, sep, kv)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep)
            wj(L, v, asc, sep, kv)
        L.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            L.t('"').p(jinner(o.v, asc), o.cat).t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, S):
        L.t('"')
        for txt, cat in o.parts:
            if txt:
                L.p(jinner(txt, asc), cat)
        L.t('"')
    else:
        L.t(json.dumps(o, ensure_ascii=asc))
    return L


def wr(L, o):
    """write a Python repr, recording spans for P / S values"""
    if isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(", ")
            L.t(repr(k), ": ")
            wr(L, v)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(", ")
            wr(L, v)
        L.t("]")
    elif isinstance(o, tuple):
        L.t("(")
        for i, v in enumerate(o):
            if i:
                L.t(", ")
            wr(L, v)
        L.t(",)" if len(o) == 1 else ")")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            r = repr(o.v)
            L.t(r[0]).p(r[1:-1], o.cat).t(r[-1])
        elif isinstance(o.v, bytes):
            r = repr(o.v)
            L.t(r[:2]).p(r[2:-1], o.cat).t(r[-1])
        else:
            L.p(repr(o.v), o.cat)
    elif isinstance(o, S):
        L.t("'")
        for txt, cat in o.parts:
            if txt:
                L.p(repr(txt)[1:-1], cat)
        L.t("'")
    else:
        L.t(repr(o))
    return L


# =====================================================================================
# random helpers, check digits
# =====================================================================================
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPAL = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def rb(n):
    return rng.getrandbits(8 * n).to_bytes(n, "little") if n > 0 else b""


def uid4():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def hexs(n):
    return "%0*x" % (n, rng.getrandbits(4 * n))


def b62(n):
    return "".join(rng.choice(ALNUM) for _ in range(n))


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def luhn_digit(body):
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
    return luhn_digit(num[:-1]) == num[-1]


def luhn_num(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn_digit(body)


def vin(wmi, vds, year, plant):
    tr = dict(zip("ABCDEFGH", range(1, 9)))
    tr.update(dict(zip("JKLMN", range(1, 6))))
    tr.update({"P": 7, "R": 9})
    tr.update(dict(zip("STUVWXYZ", range(2, 10))))
    tr.update({str(i): i for i in range(10)})
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = wmi + vds + "0" + year + plant + digits(6)
    s = sum(tr[c] * w[i] for i, c in enumerate(v))
    c = s % 11
    return v[:8] + ("X" if c == 10 else str(c)) + v[9:]


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    return (str(rng.randint(1, 9)) + rng.choice(A) + rng.choice(AN) + str(rng.randint(0, 9)) + rng.choice(A)
            + rng.choice(AN) + str(rng.randint(0, 9)) + rng.choice(A) + rng.choice(A)
            + str(rng.randint(0, 9)) + str(rng.randint(0, 9)))


def curp(base17_without_check):
    d = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ"
    s = sum(d.index(c) * (18 - i) for i, c in enumerate(base17_without_check))
    return base17_without_check + str((10 - s % 10) % 10)


def personnummer(yymmdd):
    body = yymmdd + digits(3)
    return yymmdd + "-" + body[6:] + luhn_digit(body)


def iban_se():
    bban = "500" + digits(17)
    num = int(bban + "2814" + "00")  # S=28 E=14
    chk = 98 - num % 97
    raw = "SE%02d" % chk + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)), raw


def gtin14(body13):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body13)))
    return body13 + str((10 - s % 10) % 10)


def npi(nine):
    return nine + luhn_digit("80840" + nine)


def mac():
    return ":".join("%02X" % b for b in rb(6))


# =====================================================================================
# images
# =====================================================================================
LUM = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56,
       14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
       49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99]
CHR = [17, 18, 24, 47] + [99] * 4 + [18, 21, 26, 66] + [99] * 4 + [24, 26, 56] + [99] * 5 + [47, 66] + [99] * 38
ZZ = [0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14,
      21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53,
      60, 61, 54, 47, 55, 62, 63]


def qtab(base, q):
    sc = 5000 // q if q < 50 else 200 - 2 * q
    return bytes(max(1, min(255, (base[ZZ[i]] * sc + 50) // 100)) for i in range(64))


def jpeg_head(w, h, q, exif):
    out = b"\xff\xd8"
    if exif:
        body = b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x0b\x01\x0f\x00\x02" + rb(rng.randint(300, 900))
        out += b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body
    else:
        out += b"\xff\xe0\x00\x10JFIF\x00\x01\x01" + bytes([rng.choice([0, 1])]) + struct.pack(">HH", 72, 72) + b"\x00\x00"
    out += b"\xff\xdb\x00\x43\x00" + qtab(LUM, q) + b"\xff\xdb\x00\x43\x01" + qtab(CHR, q)
    out += b"\xff\xc0\x00\x11\x08" + struct.pack(">HH", h, w) + b"\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    out += (b"\xff\xc4\x00\x1f\x00\x00\x01\x05\x01\x01\x01\x01\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00"
            b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b")
    return out


def pchunk(typ, data):
    return struct.pack(">I", len(data)) + typ + data + struct.pack(">I", zlib.crc32(typ + data) & 0xffffffff)


def png_head(w, h, color=2):
    out = b"\x89PNG\r\n\x1a\n" + pchunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, color, 0, 0, 0))
    out += pchunk(b"sRGB", b"\x00") + pchunk(b"pHYs", struct.pack(">IIB", 3780, 3780, 1))
    out += struct.pack(">I", rng.randint(8000, 65536)) + b"IDAT" + b"\x78\x9c"
    return out


def png_full(w, h, rgba):
    raw = b"".join(b"\x00" + bytes(rgba) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + pchunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + pchunk(b"IDAT", zlib.compress(raw, 9)) + pchunk(b"IEND", b""))


def b64_of(head, nchars):
    need = nchars * 3 // 4 + 4
    data = head + rb(max(0, need - len(head)))
    return base64.b64encode(data).decode("ascii")[:nchars]


def jpeg_b64(nchars, w=640, h=640, q=None, exif=False):
    return b64_of(jpeg_head(w, h, q or rng.choice([75, 80, 85, 90, 92]), exif), nchars)


def png_b64(nchars, w=512, h=512):
    return b64_of(png_head(w, h, rng.choice([2, 6])), nchars)


def icon_b64(sz=16):
    return base64.b64encode(png_full(sz, sz, [rng.randrange(256) for _ in range(3)] + [255])).decode()


def face_template():
    vals = [rng.gauss(0, 0.088) for _ in range(128)]
    n = sum(v * v for v in vals) ** 0.5
    return base64.b64encode(struct.pack("<128f", *[v / n for v in vals])).decode()


# =====================================================================================
# clock & formats
# =====================================================================================
UTC = dt.timezone.utc
AZT = dt.timezone(dt.timedelta(hours=-7))


class Clock(object):
    def __init__(self):
        self.t = dt.datetime(2024, 3, 12, 13, 2, 17, 311000, tzinfo=UTC)

    def tick(self, lo=0.03, hi=1.8):
        self.t += dt.timedelta(microseconds=int(rng.uniform(lo, hi) * 1e6))
        return self.t


clk = Clock()


def ms3(t):
    return "%03d" % (t.microsecond // 1000)


def f_comma(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + "," + ms3(t)


def f_dot(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + "." + ms3(t)


def f_isoz(t, us=False):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%06d" % t.microsecond if us else "." + ms3(t)) + "Z"


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def local(t):
    return t.astimezone(AZT)


def dfmt(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "long":
        return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    if style == "exif":
        return d.strftime("%Y:%m:%d %H:%M:%S")
    raise ValueError(style)


def phfmt(ph, style):
    a, b, c = ph
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c), "e164": "+1%s%s%s" % (a, b, c),
            "plain": a + b + c, "dot": "%s.%s.%s" % (a, b, c), "hl7": "(%s)%s-%s" % (a, b, c)}[style]


def pub_ip():
    while True:
        a = rng.choice([24, 47, 50, 63, 66, 67, 68, 70, 71, 72, 73, 75, 76, 96, 97, 98, 99, 107, 108, 136, 142, 162,
                        172, 173, 174, 184, 187, 189, 198, 206, 208, 209])
        b = rng.randrange(256)
        if a == 172 and 16 <= b <= 31:
            continue
        if a == 66 and b == 249:
            continue
        return "%d.%d.%d.%d" % (a, b, rng.randrange(256), rng.randint(1, 254))


def priv_ip():
    return rng.choice(["10.42.%d.%d" % (rng.randint(0, 7), rng.randint(2, 250)),
                       "10.0.%d.%d" % (rng.randint(1, 30), rng.randint(2, 250)),
                       "172.20.%d.%d" % (rng.randint(0, 15), rng.randint(2, 250))])


# =====================================================================================
# staff, sites (never labeled)
# =====================================================================================
STAFF = [
    dict(name="Anjali Raman", title="MD", user="araman", slack="U03K7RMN2", npi=npi("147739201")),
    dict(name="Tomasz Wierzbicki", title="MD", user="twierzbicki", slack="U03K7TWZ9", npi=npi("162018844")),
    dict(name="Kwame Asante", title="DO", user="kasante", slack="U04A1KAS3", npi=npi("119447302")),
    dict(name="Luc\u00eda Ferreira", title="PA-C", user="lferreira", slack="U04B8LFR1", npi=npi("130955617")),
    dict(name="Yuki Koyama", title="RN", user="ykoyama", slack="U05C2YKO7", npi=npi("155203948")),
    dict(name="Hannah Okafor", title="MA", user="hokafor", slack="U05D9HOK4", npi=None),
    dict(name="Brandon Lee", title="", user="blee", slack="U05E1BLE8", npi=None),
    dict(name="Ritu Malhotra", title="", user="rmalhotra", slack="U05F6RMA2", npi=None),
]
DOCS = STAFF[:4]
SITES = {
    "SDL": dict(name="Lumen Skin - Scottsdale", addr="7331 E Osborn Rd Ste 300", city="Scottsdale", zip="85251",
                st="AZ", tid="T-SDL-0", cam="Canon EOS R50", camsn="%012d" % rng.randint(10 ** 11, 10 ** 12 - 1)),
    "TMP": dict(name="Lumen Skin - Tempe", addr="1255 W Rio Salado Pkwy Ste 108", city="Tempe", zip="85281",
                st="AZ", tid="T-TMP-0", cam="Canon EOS R10", camsn="%012d" % rng.randint(10 ** 11, 10 ** 12 - 1)),
    "TUS": dict(name="Lumen Skin - Tucson", addr="6280 E Grant Rd", city="Tucson", zip="85712", st="AZ",
                tid="T-TUS-0", cam="Nikon Z 50", camsn="%07d" % rng.randint(10 ** 6, 10 ** 7 - 1)),
    "HND": dict(name="Lumen Skin & Laser - Henderson", addr="2575 St Rose Pkwy Ste 210", city="Henderson",
                zip="89052", st="NV", tid="T-HND-0", cam="Canon EOS R50",
                camsn="%012d" % rng.randint(10 ** 11, 10 ** 12 - 1)),
}
MAIN_PHONE = "(480) 555-0100"
MAIN_FAX = "(480) 555-0109"

# =====================================================================================
# patients (synthetic)
# =====================================================================================
UA_IOS = "SkinCheck/4.12.0 (com.lumenskin.skincheck; build:4120; iOS %s) Alamofire/5.8.1"
UA_AND = "SkinCheck/4.12.0 (Android %s; %s) okhttp/4.12.0"
UA_AND_OLD = "SkinCheck/3.9.7 (Android 9; %s) okhttp/3.14.9"
UA_WEB = ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
          "Version/17.3 Safari/605.1.15")
UA_WIN = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/122.0.0.0 Safari/537.36")


def mkp(**kw):
    p = dict(kw)
    y, m, d = p["dob"]
    p["dob"] = dt.date(y, m, d)
    p["mrn"] = p.get("mrn") or str(rng.randint(40016000, 40025999))
    p["pms"] = "PT-0%05d" % rng.randint(27000, 54999)
    p["ip"] = pub_ip()
    p["case"] = "TD-2403-%05d" % rng.randint(8100, 9999)
    age = 2024 - y - ((3, 12) < (m, d))
    p["age"] = age
    p.setdefault("proxy", None)
    return p


PATS = [
    mkp(key="zofia", first="Zofia", last="Kowalska", sex="F", dob=(1931, 6, 2), street="4417 E Via Montoya Dr",
        city="Scottsdale", st="AZ", zip="85255", phone=("480", "555", "0147"), email="zkowalska31@cox.net",
        plan="MCR", mbr=mbi(), payer="Medicare Part B", site="face.left_cheek", views=["regional", "closeup"],
        ssn="5%02d-%02d-%04d" % (rng.randint(10, 99), rng.randint(10, 99), rng.randint(1000, 9999)),
        user="zkowalska", dx="basal cell carcinoma", ua=UA_IOS % "17.3.1", loc="SDL",
        ec=dict(first="Ewa", last="Nowak", rel="DAU", rel_txt="daughter", phone=("480", "555", "0163"),
                email="ewa.nowak.az@gmail.com", fax=("480", "555", "0164"))),
    mkp(key="dmitri", first="Dmitri", last="Volkov", sex="M", dob=(1961, 11, 23), street="2231 N 78th Pl",
        city="Scottsdale", st="AZ", zip="85257", phone=("602", "555", "0119"), email="dvolkov.photo@outlook.com",
        plan="AETNA", mbr="W" + digits(9), payer="Aetna Choice POS II", site="back.upper.left",
        views=["dermoscopic", "overview", "closeup"], user="dvolkov61", dx="atypical nevus vs melanoma",
        ua=UA_WEB, loc="SDL",
        cam=dict(make="Canon", model="Canon EOS M50m2", sn="%012d" % rng.randint(10 ** 11, 10 ** 12 - 1),
                 lens="EF-M15-45mm f/3.5-6.3 IS STM", lsn="0000" + hexs(6), owner="Dmitri Volkov"),
        gps=(33.477901, -111.912608)),
    mkp(key="priya", first="Priya", last="Natarajan", sex="F", dob=(1990, 4, 9), street="1820 E Lemon St Apt 214",
        city="Tempe", st="AZ", zip="85281", phone=("480", "555", "0132"), email="priya.natarajan@fastmail.com",
        plan=None, site="face.lips", views=["full_face", "profile"], user="priyan90", ua=UA_IOS % "17.4",
        dx="lip augmentation", insta="priya.glows", loc="TMP", kiosk=True, card=("visa", luhn_num("4147", 16), 8, 2027)),
    mkp(key="seun", first="Oluwaseun", last="Adeyemi", sex="M", dob=(1985, 1, 30), street="915 W Culver St",
        city="Phoenix", st="AZ", zip="85007", phone=("602", "555", "0158"), email="seun.adeyemi@gmail.com",
        plan="BCBSAZ", mbr="XGH" + digits(9), payer="BCBS of Arizona", grp="00481" + digits(3),
        site="arm.elbow.right", views=["closeup", "overview"], user="seun_a", ua=UA_AND % ("14", "Pixel 7"),
        dx="plaque psoriasis", loc="TMP", card=("mastercard", luhn_num("5412", 16), 11, 2026)),
    mkp(key="meiling", first="Mei-Ling", last="Tsao", sex="F", dob=(1972, 9, 17), street="2750 Wigwam Pkwy Unit 1123",
        city="Henderson", st="NV", zip="89074", phone=("702", "555", "0126"), email="meiling.tsao@icloud.com",
        plan="UHC", mbr="9" + digits(8), payer="UnitedHealthcare", site="face.full", views=["full_face", "profile"],
        user="mltsao", ua=UA_IOS % "17.3.1", dx="melasma", loc="HND",
        hud=dict(model="DermLite H\u00dcD 2", sn="HUD2-" + digits(6), mac=mac())),
    mkp(key="kalani", first="Kalani", last="Akana", sex="M", dob=(1999, 7, 5), street="1456 S Extension Rd Unit 2087",
        city="Mesa", st="AZ", zip="85210", phone=("480", "555", "0171"), email="kalani.akana99@gmail.com",
        plan="CIGNA", mbr="U" + digits(8) + "01", payer="Cigna Open Access Plus", site="face.full",
        views=["full_face", "profile", "closeup"], user="kalani.a99", ua=UA_AND_OLD % "SM-G960U",
        dx="nodulocystic acne", ipledge=digits(10), imei=luhn_num("35" + digits(6), 15), loc="TMP"),
    mkp(key="siobhan", first="Siobh\u00e1n", last="O'Connell", sex="F", dob=(1988, 2, 14), street="3301 E Calle Lucia",
        city="Tucson", st="AZ", zip="85716", phone=("520", "555", "0139"), email="siobhan.oconnell@yahoo.com",
        plan="BCBSAZ", mbr="XGH" + digits(9), payer="BCBS of Arizona", grp="00233" + digits(3), site="face.cheeks",
        views=["full_face", "closeup"], user="siobhan.oc", ua=UA_IOS % "16.7.5", dx="rosacea", loc="TUS"),
    mkp(key="lan", first="Lan", last="Nguy\u1ec5n", middle="Th\u1ecb", sex="F", dob=(1983, 12, 1),
        street="8127 W Cholla St", city="Peoria", st="AZ", zip="85345", phone=("623", "555", "0112"),
        email="lan.nguyen83@gmail.com", plan="AHCCCS", mbr="A" + digits(8), payer="AHCCCS Complete Care",
        site="hand.dorsal.left", views=["closeup", "overview"], user="lannguyen", ua=UA_AND % ("14", "SM-S918U"),
        dx="dyshidrotic eczema", loc="SDL", gps=(33.593617, -112.238451),
        phone_model=("samsung", "SM-S918U", "S918USQS2AWH2")),
    mkp(key="henrik", first="Henrik", last="Lindqvist", sex="M", dob=(1947, 5, 28), street="10440 E Cactus Wren Rd",
        city="Scottsdale", st="AZ", zip="85259", phone=("480", "555", "0184"), email="henrik.lindqvist@telia.se",
        plan="MCR", mbr=mbi(), payer="Medicare Part B", site="face.nose", views=["regional", "closeup"],
        user="hlindqvist", ua=UA_IOS % "17.2", dx="BCC nasal ala, Mohs", loc="SDL", pnr=personnummer("470528"),
        udi="(01)" + gtin14("0" + "0643169" + digits(5)) + "(17)" + "2708" + "31" + "(10)" + "PJN" + digits(3)
            + "(21)" + "RNF" + digits(6) + "H", iban=iban_se()),
    mkp(key="aaliyah", first="Aaliyah", last="Brooks", sex="F", dob=(2004, 10, 19), street="5523 W Glenn Dr",
        city="Glendale", st="AZ", zip="85301", phone=("623", "555", "0177"), email="aaliyah.b04@icloud.com",
        plan="AETNA", mbr="W" + digits(9), payer="Aetna Choice POS II", site="face.cheeks",
        views=["full_face", "profile"], user="aaliyahb", ua=UA_IOS % "17.4", dx="atrophic acne scarring", loc="SDL",
        gu=dict(first="Denise", last="Brooks", rel="mother", phone=("623", "555", "0178"),
                email="dbrooks.home@gmail.com", ssn="531-%02d-%04d" % (rng.randint(10, 99), rng.randint(1000, 9999)),
                acct=digits(12), routing="122105155")),
    mkp(key="farah", first="Farah", last="Haddad", sex="F", dob=(1995, 8, 14), street="77 E Thomas Rd Apt 1509",
        city="Phoenix", st="AZ", zip="85012", phone=("602", "555", "0191"), email="farah.haddad95@outlook.com",
        plan=None, site="face.forehead", views=["full_face"], user="farah.h", ua=UA_IOS % "17.3.1",
        dx="glabellar lines", loc="SDL", ssn="523-%02d-%04d" % (rng.randint(10, 99), rng.randint(1000, 9999)),
        finacct=luhn_num("6019", 16), dl="D0" + digits(7), card=("amex", luhn_num("3728", 15), 3, 2028), kiosk=True),
    mkp(key="ingrid", first="Ingrid", last="Baumann", sex="F", dob=(1928, 12, 30), street="13810 W Sandridge Dr Rm 214",
        city="Sun City West", st="AZ", zip="85375", phone=("623", "555", "0115"), email=None,
        plan="MCR", mbr=mbi(), payer="Medicare Part B", site="leg.shin.left", views=["closeup", "overview"],
        ssn="4%02d-%02d-%04d" % (rng.randint(10, 99), rng.randint(10, 99), rng.randint(1000, 9999)),
        user=None, ua=UA_WIN, dx="skin tears / purpura", loc="SDL", proxy_name=("Matthias", "Baumann"),
        ec=dict(first="Matthias", last="Baumann", rel="SON", rel_txt="son", phone=("623", "555", "0115"),
                email="m.baumann.az@gmail.com", fax=("623", "555", "0116"))),
    mkp(key="marcus", first="Marcus", last="Whitfield", sex="M", dob=(1968, 3, 3), street="3910 N 44th St",
        city="Phoenix", st="AZ", zip="85018", phone=("602", "555", "0150"), email="mwhitfield68@yahoo.com",
        plan="UHC", mbr="9" + digits(8), payer="UnitedHealthcare", site="arm.forearm.left",
        views=["closeup", "overview"], user="mwhit68", ua=UA_AND % ("13", "Pixel 6a"), dx="hypertrophic scar",
        loc="SDL", plate="CTN" + digits(4), dl="D0" + digits(7), vin=vin("1HG", "CV1F3", "L", "A"), doi=dt.date(2024, 1, 22),
        card=("visa", luhn_num("4716", 16), 5, 2026)),
    mkp(key="joaquin", first="Joaqu\u00edn", last="Ybarra Medina", sex="M", dob=(1978, 5, 16),
        street="Calle \u00c1lvaro Obreg\u00f3n 118, Col. Centro", city="Nogales", st="SON", zip="84000",
        phone=("631", "555", "0142"), email="joaquin.ybarra@hotmail.com", plan=None, site="arm.forearm.right",
        views=["closeup", "overview"], user="jybarra", ua=UA_AND % ("13", "moto g stylus 5G"),
        dx="tattoo removal (Q-switched)", loc="TUS", curp=curp("YAMJ780516HSRBDQ0"),
        card=("visa", luhn_num("4152", 16), 9, 2025)),
]
PBY = {p["key"]: p for p in PATS}
PBY["zofia"]["proxy"] = "ec"
PBY["ingrid"]["proxy"] = "ec"
for _p in PATS:
    if _p.get("proxy"):
        _p["ec"]["ip"] = pub_ip()
FACE_PATS = [p for p in PATS if p["site"].startswith("face")]
assert luhn_ok(PBY["farah"]["finacct"]) and luhn_ok(PBY["kalani"]["imei"])


def fullname(p):
    return p["first"] + " " + p["last"]


def nm(p, style="fl"):
    """list of Ln.seq items for a name"""
    if style == "fl":
        return [(p["first"], "name"), " ", (p["last"], "name")]
    if style == "lf":
        return [(p["last"], "name"), ", ", (p["first"], "name")]
    if style == "full1":
        return [(fullname(p), "name")]
    raise ValueError


def face_view(site, view):
    return site.startswith("face") and view in ("full_face", "regional", "profile", "selfie")


# =====================================================================================
# output state
# =====================================================================================
LINES = []


def emit(L):
    LINES.append(L)
    return L


def phi_share():
    if not LINES:
        return 0.0
    return sum(1 for L in LINES if L.sp) / float(len(LINES))


# =====================================================================================
# upload context
# =====================================================================================
def new_upload(p, view=None):
    view = view or rng.choice(p["views"])
    u = dict(id=uid4(), case=p["case"], site=p["site"], view=view, face=face_view(p["site"], view))
    cap = clk.t.astimezone(AZT) - dt.timedelta(minutes=rng.randint(3, 60 * 20))
    u["cap"] = cap.replace(microsecond=0)
    if "cam" in p:
        u["fname"] = "IMG_%04d.JPG" % rng.randint(1000, 9999)
        u["mime"] = "image/jpeg"
        u["w"], u["h"] = 6000, 4000
    elif "Android" in p["ua"]:
        u["fname"] = "image_picker_%s.jpg" % uid4().upper()
        u["mime"] = "image/jpeg"
        u["w"], u["h"] = 4000, 3000
    elif "iOS" in p["ua"]:
        u["fname"] = "IMG_%04d.HEIC" % rng.randint(1000, 9999)
        u["mime"] = "image/heic"
        u["w"], u["h"] = 4032, 3024
    else:
        u["fname"] = "photo_%d.jpg" % rng.randint(1, 9)
        u["mime"] = "image/jpeg"
        u["w"], u["h"] = 3264, 2448
    u["size"] = rng.randint(1400000, 7800000)
    u["sha"] = hexs(64)
    u["phash"] = hexs(16)
    u["rid"] = uid4()
    return u


def uploader(p):
    if p.get("proxy"):
        return p["ec"]["ip"]
    return p["ip"]


# =====================================================================================
# pino (upload API, Node/Express)
# =====================================================================================
PODS = [("upload-api-6c9d7f8b9-r4wzt", 1), ("upload-api-6c9d7f8b9-kq2mx", 1), ("upload-api-6c9d7f8b9-8hj5n", 1)]


def pino(level, fields, msg, small=True):
    t = clk.tick(0.01, 0.6) if small else clk.tick(2, 90)
    host, pid = rng.choice(PODS)
    d = {"level": level, "time": epoch_ms(t), "pid": pid, "hostname": host, "name": "upload-api"}
    d.update(fields)
    d["msg"] = msg
    return emit(wj(Ln("pino-json"), d))


def pino_meta(p, u):
    cap = u["cap"].isoformat()
    parts = [('{"patientId":"', None), (p["mrn"], "mrn"), ('","caseNo":"', None), (u["case"], "other_id"),
             ('","bodySite":"%s","view":"%s","capturedAt":"' % (u["site"], u["view"]), None), (cap, "date"),
             ('","source":"%s","appVersion":"4.12.0"}' % ("web" if "Mozilla" in p["ua"] else "app"), None)]
    return pino(20, {"reqId": u["rid"], "field": "meta", "value": S(*parts)}, "multipart field")


def pino_file(u):
    return pino(30, {"reqId": u["rid"], "upload": {"fieldname": "photo", "originalname": u["fname"], "encoding": "7bit",
                                                  "mimetype": u["mime"], "size": u["size"]},
                     "sha256": u["sha"]}, "file received")


def pino_thumb(u):
    n = rng.randint(9000, 31000)
    shown = rng.choice([96, 128, 160, 200, 256])
    b = "data:image/jpeg;base64," + jpeg_b64(shown - 23, 320, 320)
    rest = n - len(b)
    fields = {"reqId": u["rid"], "uploadId": u["id"], "captureType": u["view"], "bodySite": u["site"],
              "thumb": S((b, "photo" if u["face"] else None), ("\u2026(+%d chars)" % rest, None)),
              "thumbBytes": n * 3 // 4}
    return pino(20, fields, "thumbnail generated")


def pino_s3(u):
    return pino(30, {"reqId": u["rid"], "s3": {"Bucket": "skincheck-uploads-prod-usw2",
                                              "Key": "orig/2024/03/12/%s%s" % (u["id"], ".heic" if "heic" in u["mime"] else ".jpg"),
                                              "ETag": '"%s"' % hexs(32), "VersionId": b62(32)},
                     "durationMs": rng.randint(90, 900)}, "stored original")


def pino_done(p, u, ip):
    xff = P(ip, "ip")
    hdr = {"host": "api.skincheck.lumenskin.com", "user-agent": p["ua"],
           "content-type": "multipart/form-data; boundary=" + (
               "alamofire.boundary." + hexs(16) if "iOS" in p["ua"] else
               ("----WebKitFormBoundary" + b62(16) if "Mozilla" in p["ua"] else uid4())),
           "content-length": str(u["size"] + rng.randint(600, 1400))}
    if rng.random() < 0.5:
        hdr["x-forwarded-for"] = xff
    else:
        hdr["x-forwarded-for"] = S((ip, "ip"), (", 130.176.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)), None))
    hdr["x-forwarded-proto"] = "https"
    hdr["x-request-id"] = u["rid"]
    req = {"id": u["rid"], "method": "POST", "url": S(("/v2/cases/", None), (u["case"], "other_id"), ("/photos", None)),
           "query": {}, "params": {"caseNo": P(u["case"], "other_id")}, "headers": hdr,
           "remoteAddress": "::ffff:" + priv_ip(), "remotePort": rng.randint(32768, 60999)}
    res = {"statusCode": 201, "headers": {"x-powered-by": "Express", "content-type": "application/json; charset=utf-8",
                                          "content-length": str(rng.randint(300, 520)),
                                          "etag": 'W/"%x-%s"' % (rng.randint(300, 520), b62(27))}}
    return pino(30, {"req": req, "res": res, "responseTime": rng.randint(400, 4200)}, "request completed")


def pino_health():
    rid = uid4()
    path = rng.choice(["/healthz", "/readyz", "/metrics"])
    ua = "kube-probe/1.28" if path != "/metrics" else "Prometheus/2.49.1"
    req = {"id": rid, "method": "GET", "url": path, "query": {}, "params": {},
           "headers": {"host": "10.42.%d.%d:8080" % (rng.randint(0, 7), rng.randint(2, 250)), "user-agent": ua,
                       "accept": "*/*", "connection": "close"},
           "remoteAddress": "::ffff:" + priv_ip(), "remotePort": rng.randint(32768, 60999)}
    res = {"statusCode": 200, "headers": {"x-powered-by": "Express", "content-type": "text/plain; charset=utf-8",
                                          "content-length": str(2 if path != "/metrics" else rng.randint(9000, 14000))}}
    return pino(30, {"req": req, "res": res, "responseTime": rng.randint(0, 14)}, "request completed", small=False)


def pino_noise():
    r = rng.random()
    if r < 0.3:
        return pino_health()
    if r < 0.45:
        u = dict(rid=uid4(), id=uid4(), fname="IMG_%04d.HEIC" % rng.randint(1000, 9999), mime="image/heic",
                 size=rng.randint(900000, 6000000), sha=hexs(64))
        return pino_file(u) if rng.random() < 0.5 else pino_s3(u)
    if r < 0.58:
        site = rng.choice(["trunk.back.upper", "leg.calf.right", "arm.forearm.left", "hand.palm.right", "face.nose",
                           "scalp.vertex", "foot.plantar.left"])
        u = dict(rid=uid4(), id=uid4(), view=rng.choice(["closeup", "dermoscopic"]), site=site, face=False)
        return pino_thumb(u)
    if r < 0.66:
        return pino(40, {"reqId": uid4(), "err": {"type": "MulterError", "message": "File too large",
                                                  "stack": "MulterError: File too large\n    at FileStream.<anonymous> (/app/node_modules/multer/lib/make-middleware.js:136:17)",
                                                  "code": "LIMIT_FILE_SIZE", "field": "photo"},
                         "limitBytes": 26214400}, "upload rejected", small=False)
    if r < 0.74:
        tok = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjIwMjQtMDIifQ." + base64.urlsafe_b64encode(
            json.dumps({"sub": uid4(), "aud": "skincheck-app", "iat": 1710200000 + rng.randint(0, 9999),
                        "exp": 1710203600 + rng.randint(0, 9999), "scope": "photos:write cases:read"},
                       separators=(",", ":")).encode()).decode().rstrip("=")
        return pino(40, {"reqId": uid4(), "err": {"type": "TokenExpiredError", "message": "jwt expired",
                                                  "expiredAt": f_isoz(clk.t - dt.timedelta(minutes=rng.randint(2, 300)))},
                         "token": tok[:48] + "...", "route": "/v2/cases/:caseNo/photos"}, "auth failed", small=False)
    if r < 0.82:
        return pino(30, {"cache": "brand-assets", "asset": rng.choice(["logo-lumen-mark", "icon-camera", "icon-shield",
                                                                       "badge-hipaa"]),
                         "dataUri": "data:image/png;base64," + icon_b64(rng.choice([16, 24, 32])), "ttlSec": 86400},
                    "asset cache warm", small=False)
    if r < 0.9:
        return pino(30, {"queue": "derm-ingest", "broker": "redis://redis-master.derm.svc.cluster.local:6379/0",
                         "waiting": rng.randint(0, 40), "active": rng.randint(0, 8), "delayed": rng.randint(0, 3)},
                    "queue stats", small=False)
    return pino(50, {"err": {"type": "Error", "message": "connect ECONNREFUSED 10.42.5.19:6379",
                             "stack": "Error: connect ECONNREFUSED 10.42.5.19:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)",
                             "errno": -111, "code": "ECONNREFUSED", "syscall": "connect", "address": "10.42.5.19",
                             "port": 6379}}, "redis connection lost, retrying in 2000ms", small=False)


def pino_login(p):
    ip = p["ip"]
    return pino(30, {"reqId": uid4(), "userId": uid4(), "username": P(p["user"], "other_id"), "ip": P(ip, "ip"),
                     "mfa": rng.choice(["sms", "totp", "none"]), "ua": p["ua"]}, "login succeeded", small=False)


def pino_device(p):
    return pino(30, {"reqId": uid4(), "patientId": P(p["mrn"], "mrn"),
                     "device": {"platform": "android", "os": "9", "model": "SM-G960U", "appVersion": "3.9.7",
                                "imei": P(p["imei"], "device"), "pushToken": "fcm:" + b62(22) + ":APA91b" + b62(40)}},
                "legacy device registration (deprecated client)", small=False)


def pino_peripheral(p):
    h = p["hud"]
    return pino(30, {"reqId": uid4(), "patientId": P(p["mrn"], "mrn"),
                     "peripheral": {"vendor": "3Gen", "model": h["model"], "serial": P(h["sn"], "device"),
                                    "bleMac": P(h["mac"], "device"), "fw": "1.4.2", "rssi": -rng.randint(40, 80)}},
                "peripheral paired", small=False)


def pino_facematch(p):
    rid = uid4()
    b = "data:image/jpeg;base64," + jpeg_b64(rng.choice([120, 180, 240]), 480, 640)
    pino(20, {"reqId": rid, "patientId": P(p["mrn"], "mrn"), "step": "selfie_capture",
              "selfie": S((b, "photo"), ("...[%d bytes truncated]" % rng.randint(40000, 90000), None))},
         "identity check input")
    return pino(30, {"reqId": rid, "patientId": P(p["mrn"], "mrn"), "check": "selfie_vs_id",
                     "score": round(rng.uniform(0.86, 0.98), 3), "threshold": 0.82,
                     "template": P(face_template(), "biometric"), "model": "arcface-r100@2.1"}, "identity verified")


def pino_validation(p):
    body = {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
            "dob": P(dfmt(p["dob"], "iso"), "date"), "phone": P(phfmt(p["phone"], "e164"), "phone"),
            "memberId": P(p["mbr"][:-2], "health_plan"), "plan": p["payer"]}
    return pino(40, {"reqId": uid4(), "err": {"type": "ValidationError",
                                              "message": "\"memberId\" length must be at least %d characters long" % len(p["mbr"]),
                                              "details": [{"path": ["memberId"], "type": "string.min"}]},
                     "body": body}, "intake validation failed", small=False)


def pino_exif_strip(p, u):
    lat, lon = p["gps"]
    return pino(30, {"reqId": u["rid"], "uploadId": u["id"],
                     "removed": ["GPSLatitude", "GPSLongitude", "GPSAltitude", "SerialNumber", "OwnerName",
                                 "LensSerialNumber"],
                     "gps": {"lat": P(lat, "address"), "lon": P(lon, "address")}}, "exif stripped before storage")


# =====================================================================================
# nginx
# =====================================================================================
def nginx(ipv, method, path_items, status, size, ref_items, ua, proto="HTTP/2.0", rt_hi=3.5):
    t = clk.tick(0.01, 0.5)
    L = Ln("nginx-combined")
    L.seq(ipv)
    L.t(" - - [", t.strftime("%d/%b/%Y:%H:%M:%S +0000"), '] "', method, " ")
    L.seq(*path_items)
    L.t(" ", proto, '" ', status, " ", size, ' "')
    L.seq(*ref_items)
    rt = rng.uniform(0.001, rt_hi)
    L.t('" "', ua, '" rt=%.3f uct="0.000" uht="%.3f" urt="%.3f"' % (rt, rt * 0.9, rt * 0.95))
    return emit(L)


def nginx_upload(p, u):
    return nginx((uploader(p), "ip"), "POST", ["/v2/cases/", (u["case"], "other_id"), "/photos"], 201,
                 rng.randint(300, 520), ["-"], p["ua"])


def nginx_noise():
    r = rng.random()
    clk.tick(1, 60)
    if r < 0.3:
        return nginx(priv_ip(), "GET", [rng.choice(["/healthz", "/nginx_status", "/readyz"])], 200,
                     rng.randint(2, 120), ["-"], rng.choice(["kube-probe/1.28", "ELB-HealthChecker/2.0"]), "HTTP/1.1",
                     rt_hi=0.01)
    if r < 0.55:
        asset = rng.choice(["/static/img/lumen-logo.svg", "/static/img/icons/camera.png", "/static/css/app.3f9a1c.css",
                            "/static/js/main.8c21d0e4.js", "/favicon.ico", "/static/img/hero-clinic-scottsdale.webp",
                            "/static/fonts/Inter-Var.woff2"])
        return nginx("130.176.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)), "GET", [asset],
                     rng.choice([200, 200, 304]), rng.randint(0, 90000), ["-"], "Amazon CloudFront", "HTTP/1.1", rt_hi=0.2)
    if r < 0.68:
        return nginx("66.249.%d.%d" % (rng.randint(64, 79), rng.randint(1, 254)), "GET",
                     [rng.choice(["/results/", "/services/mohs-surgery", "/locations/tempe", "/robots.txt",
                                  "/results/botox/", "/sitemap.xml"])], 200, rng.randint(900, 40000), ["-"],
                     "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "HTTP/1.1")
    if r < 0.8:
        return nginx(rng.choice(["3.18.12.63", "3.130.192.231", "13.235.14.237", "54.187.174.169", "54.187.205.235"]),
                     "POST", ["/webhooks/stripe"], 200, 16, ["-"], "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
                     "HTTP/1.1")
    if r < 0.9:
        return nginx(priv_ip(), "GET", ["/v2/config?platform=ios&build=4120"], 200, rng.randint(700, 900), ["-"],
                     "SkinCheck-Synthetic-Monitor/1.3", "HTTP/1.1")
    return nginx(priv_ip(), "POST", ["/internal/hooks/celery-result"], 204, 0, ["-"], "python-requests/2.31.0",
                 "HTTP/1.1")


def nginx_user(p):
    """patient's own app traffic"""
    path = rng.choice([["/v2/patients/", (p["mrn"], "mrn"), "/photos?limit=20"],
                       ["/v2/cases/", (p["case"], "other_id"), "/messages"],
                       ["/v2/cases/", (p["case"], "other_id")]])
    return nginx((p["ip"], "ip"), "GET", path, 200, rng.randint(400, 9000), ["-"], p["ua"])


def slug(p):
    s = (p["first"] + "-" + p["last"]).lower().replace(" ", "-")
    return s.replace("\u00e1", "a").replace("'", "")


def nginx_testimonial(p, pair_id):
    url_path = "/results/testimonials/%s-%s-%d/" % (slug(p), p["dx"].split()[0], pair_id)
    ref = rng.choice([["-"], [("https://www.instagram.com/" + p["insta"] + "/", "url")] if p.get("insta") else ["-"],
                      ["https://www.google.com/"]])
    return nginx((pub_ip(), "ip"), "GET", [(url_path, "url")], 200, rng.randint(14000, 60000), ref,
                 rng.choice([UA_WEB, UA_WIN]))


# =====================================================================================
# Celery / Pillow / OpenCV
# =====================================================================================
WORKERS = ["ForkPoolWorker-%d" % i for i in range(1, 9)]


def celery_pref(L, level, proc, small=True):
    t = clk.tick(0.02, 2.5) if small else clk.tick(2, 80)
    return L.t("[", f_comma(t), ": ", level, "/", proc, "] ")


def celery_received(task, tid):
    L = celery_pref(Ln("celery"), "INFO", "MainProcess")
    return emit(L.t("Task ", task, "[", tid, "] received"))


def celery_ok(task, tid, ret):
    L = celery_pref(Ln("celery"), "INFO", rng.choice(WORKERS))
    L.t("Task ", task, "[", tid, "] succeeded in %r" % (rng.uniform(0.05, 6.0)), "s: ")
    if isinstance(ret, str):
        L.t(ret)
    else:
        wr(L, ret)
    return emit(L)


def celery_ingest(p, u):
    tid = uid4()
    celery_received("derm.pipeline.tasks.ingest_upload", tid)
    return tid


def celery_ingest_ok(p, u, tid):
    ret = {"upload_id": u["id"], "sha256": u["sha"], "phash": u["phash"], "width": u["w"], "height": u["h"],
           "faces": 1 if u["face"] else 0, "exif_stripped": True}
    return celery_ok("derm.pipeline.tasks.ingest_upload", tid, ret)


def celery_thumb_face(p, u):
    """make_thumbnails result repr contains patient id and a face thumbnail; celery truncates at 1024 chars"""
    tid = uid4()
    celery_received("derm.pipeline.tasks.make_thumbnails", tid)
    L = celery_pref(Ln("celery"), "INFO", rng.choice(WORKERS))
    L.t("Task derm.pipeline.tasks.make_thumbnails[", tid, "] succeeded in %r" % rng.uniform(0.2, 2.0), "s: ")
    start = len(L.b)
    L.t("{'upload_id': '", u["id"], "', 'patient_id': '").p(p["mrn"], "mrn")
    L.t("', 'sizes': [96, 320, 1080], 'capture_type': '", u["view"], "', 'thumb_b64': '")
    used = len(L.b) - start
    b = jpeg_b64(1021 - used, 320, 320)
    L.p(b, "photo" if u["face"] else None).t("...")
    return emit(L)


def celery_ehr_ok(p):
    tid = uid4()
    return celery_ok("derm.pipeline.tasks.push_to_ehr", tid,
                     {"patient_id": P(p["mrn"], "mrn"), "msg_ctrl_id": str(rng.randint(88000, 99999)), "ack": "AA",
                      "interface": "mirth://ehr-if.lumen.local:6661"})


def celery_notify(p):
    L = celery_pref(Ln("celery"), "INFO", rng.choice(WORKERS))
    who = p["ec"] if p.get("proxy") else p
    L.t("derm.pipeline.notify: sms queued to=").p(phfmt(who["phone"], "e164"), "phone")
    L.t(" template=photo_received case=").p(p["case"], "other_id")
    L.t(" provider=twilio sid=SM", hexs(32))
    return emit(L)


def celery_deid(u):
    L = celery_pref(Ln("celery"), "INFO", rng.choice(WORKERS))
    if u["face"]:
        L.t("derm.pipeline.deid: face present in %s view upload=%s, kept original (clinical need), research copy "
            "blurred bbox=[(%d, %d, %d, %d)] detector=yunet score=%.2f" % (
                u["view"], u["id"], rng.randint(300, 900), rng.randint(100, 600), rng.randint(1400, 2200),
                rng.randint(1600, 2600), rng.uniform(0.8, 0.99)))
    else:
        L.t("derm.pipeline.deid: no faces found upload=%s detector=yunet min_score=0.60 took=%dms" % (
            u["id"], rng.randint(30, 260)))
    return emit(L)


def celery_noise():
    r = rng.random()
    if r < 0.2:
        L = celery_pref(Ln("celery"), "INFO", "MainProcess", small=False)
        return emit(L.t("Scheduler: Sending due task ", rng.choice([
            "purge-tmp (derm.pipeline.tasks.purge_tmp)", "retry-failed-ehr (derm.pipeline.tasks.retry_failed_ehr)",
            "rebuild-phash-index (derm.pipeline.tasks.rebuild_phash_index)"])))
    if r < 0.35:
        L = celery_pref(Ln("celery"), "WARNING", rng.choice(WORKERS), small=False)
        return emit(L.t("/opt/venv/lib/python3.11/site-packages/PIL/Image.py:3186: DecompressionBombWarning: Image size "
                        "(%d pixels) exceeds limit of 89478485 pixels, could be decompression bomb DOS attack." %
                        rng.choice([108000000, 96000000, 100663296])))
    if r < 0.5:
        t = clk.tick(1, 40)
        L = Ln("opencv")
        return emit(L.t("[ WARN:0@%0.3f] global loadsave.cpp:248 findDecoder imread_('/srv/ingest/tmp/%s.heic'): "
                        "can't open/read file: check file path/integrity" % (rng.uniform(100, 90000), uid4())))
    if r < 0.62:
        tid = uid4()
        L = celery_pref(Ln("celery"), "WARNING", rng.choice(WORKERS), small=False)
        return emit(L.t("Task derm.pipeline.tasks.push_to_ehr[", tid, "] retry: Retry in %ds: ConnectionError(MaxRetryError(\"HTTPSConnectionPool(host='ehr-gw.lumen.local', port=443): Max retries exceeded with url: /hl7/oru (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f%s>: Failed to establish a new connection: [Errno 110] Connection timed out'))\"))" % (rng.choice([30, 60, 120]), hexs(9))))
    if r < 0.75:
        tid = uid4()
        celery_received("derm.pipeline.tasks.rebuild_phash_index", tid) if rng.random() < 0.3 else None
        return celery_ok("derm.pipeline.tasks.rebuild_phash_index", tid,
                         {"indexed": rng.randint(1000, 90000), "dupes": rng.randint(0, 30), "index": "phash-v2",
                          "sample": [hexs(16) for _ in range(3)]})
    if r < 0.87:
        tid = uid4()
        return celery_ok("derm.pipeline.tasks.purge_tmp", tid,
                         {"removed": rng.randint(0, 400), "freed_bytes": rng.randint(10 ** 6, 10 ** 10),
                          "path": "/srv/ingest/tmp"})
    L = celery_pref(Ln("celery"), "INFO", "MainProcess", small=False)
    return emit(L.t(rng.choice(["Connected to redis://redis-master.derm.svc.cluster.local:6379/0",
                                "celery@worker-gpu-%d ready." % rng.randint(0, 3),
                                "mingle: all alone",
                                "Events of group {task} enabled by remote."])))


# =====================================================================================
# lesion classifier (loguru)
# =====================================================================================
CLASSES = ["melanoma", "melanocytic_nevus", "basal_cell_carcinoma", "seborrheic_keratosis", "actinic_keratosis",
           "dermatofibroma", "vascular_lesion", "squamous_cell_carcinoma", "psoriasis", "eczema", "acne", "rosacea",
           "melasma", "scar"]
MODEL = "dermnet-effv2m@3.4.1"


def loguru(level, where, msg_fn, small=True):
    t = clk.tick(0.05, 1.5) if small else clk.tick(2, 90)
    L = Ln("loguru-classifier")
    L.t(f_dot(t), " | ", "%-8s" % level, " | ", where, " - ")
    msg_fn(L)
    return emit(L)


def top3(first=None):
    cs = rng.sample(CLASSES, 3)
    if first:
        cs = [first] + [c for c in cs if c != first][:2]
    a = rng.uniform(0.5, 0.93)
    b = rng.uniform(0.02, 1 - a)
    c = rng.uniform(0, 1 - a - b)
    b, c = max(b, c), min(b, c)
    return "[%s]" % ", ".join("('%s', %.3f)" % (n, v) for n, v in zip(cs, [a, b, c])), a


def clf_predict(u, first=None):
    s, a = top3(first)
    return loguru("INFO", "lesion_clf.serve:predict:142", lambda L: L.t(
        "upload=%s site=%s view=%s model=%s top3=%s latency_ms=%d device=cuda:0" % (
            u["id"], u["site"], u["view"], MODEL, s, rng.randint(60, 400))))


def clf_triage(p, u):
    def f(L):
        L.t("HIGH-RISK p(melanoma)=%.3f >= 0.60 case=" % rng.uniform(0.6, 0.9)).p(p["case"], "other_id")
        L.t(" patient_id=").p(p["mrn"], "mrn").t(" name='").seq(*nm(p, "lf")).t("' -> queue=derm-urgent sla=24h")
    return loguru("WARNING", "lesion_clf.triage:escalate:77", f)


def clf_age(p, u):
    def f(L):
        L.t("patient age ").p(str(p["age"]), "age").t(" outside calibration range [18, 85]; confidence down-weighted "
                                                      "upload=%s" % u["id"])
    return loguru("WARNING", "lesion_clf.calib:check:58", f)


def clf_noise():
    r = rng.random()
    if r < 0.25:
        u = dict(id=uid4(), site=rng.choice(["trunk.back.upper", "leg.calf.left", "arm.upper.right", "scalp.crown",
                                              "face.nose", "chest.presternal"]), view=rng.choice(["closeup", "dermoscopic"]))
        return clf_predict(u)
    if r < 0.4:
        return loguru("INFO", "lesion_clf.serve:batch:201", lambda L: L.t(
            "processed %d images in %.1fs (%.1f img/s) gpu_mem=%.1fGiB queue_depth=%d" % (
                rng.randint(16, 128), rng.uniform(2, 30), rng.uniform(3, 12), rng.uniform(3, 9), rng.randint(0, 40))),
            small=False)
    if r < 0.55:
        return loguru("INFO", "lesion_clf.qc:check:51", lambda L: L.t(
            "rejected upload=%s reason=%s laplacian_var=%.1f<60.0 mean_luma=%d" % (
                uid4(), rng.choice(["blur", "underexposed", "glare"]), rng.uniform(5, 59), rng.randint(20, 240))),
            small=False)
    if r < 0.7:
        return loguru("DEBUG", "lesion_clf.explain:gradcam:33", lambda L: L.t(
            "gradcam overlay upload=%s layer=features.7 png=%s... (%d bytes)" % (
                uid4(), png_b64(rng.choice([64, 96, 120]), 380, 380), rng.randint(40000, 160000))), small=False)
    if r < 0.82:
        return loguru("INFO", "lesion_clf.serve:load:40", lambda L: L.t(
            "loaded weights /models/dermnet-effv2m-3.4.1.onnx sha256=%s providers=['CUDAExecutionProvider', "
            "'CPUExecutionProvider'] warmup=%dms" % (hexs(64), rng.randint(800, 3000))), small=False)
    return loguru("INFO", "lesion_clf.qc:check:63", lambda L: L.t(
        "face detected in closeup upload=%s -> routed to deid before research export" % uid4()), small=False)


# =====================================================================================
# exiftool / piexif
# =====================================================================================
def dms(v, pos, neg):
    a = abs(v)
    d = int(a)
    m = int((a - d) * 60)
    s = ((a - d) * 60 - m) * 60
    return "%d deg %d' %.2f\" %s" % (d, m, s, pos if v >= 0 else neg)


def pylog(fam, level, logger, msg_fn, small=True):
    t = clk.tick(0.02, 1.2) if small else clk.tick(2, 60)
    L = Ln(fam)
    L.t(f_comma(t), " ", level, " [", logger, "] ")
    msg_fn(L)
    return emit(L)


def exif_g1_block(p, u):
    pylog("exiftool", "DEBUG", "derm.pipeline.exif", lambda L: L.t(
        "exiftool -a -G1 /srv/ingest/tmp/%s%s (rc=0)" % (u["id"], ".jpg" if "jpeg" in u["mime"] else ".heic")))
    rows = [("ExifTool", "ExifTool Version Number", "12.76", None),
            ("System", "File Name", u["id"] + (".jpg" if "jpeg" in u["mime"] else ".heic"), None),
            ("System", "File Size", "%.1f MB" % (u["size"] / 1e6), None)]
    capv = u["cap"].strftime("%Y:%m:%d %H:%M:%S")
    if "cam" in p:
        c = p["cam"]
        rows += [("IFD0", "Make", c["make"], None), ("IFD0", "Camera Model Name", c["model"], None),
                 ("IFD0", "Modify Date", capv, "date"),
                 ("ExifIFD", "Exposure Time", rng.choice(["1/60", "1/125", "1/200"]), None),
                 ("ExifIFD", "F Number", rng.choice(["4.0", "5.6", "8.0"]), None),
                 ("ExifIFD", "Date/Time Original", capv, "date"),
                 ("ExifIFD", "Owner Name", c["owner"], "name"),
                 ("ExifIFD", "Serial Number", c["sn"], "device"),
                 ("ExifIFD", "Lens Model", c["lens"], None),
                 ("ExifIFD", "Lens Serial Number", c["lsn"], "device")]
    else:
        rows += [("IFD0", "Make", "Apple", None), ("IFD0", "Camera Model Name", "iPhone 13", None),
                 ("IFD0", "Software", "17.3.1", None),
                 ("ExifIFD", "Date/Time Original", capv, "date"),
                 ("ExifIFD", "Offset Time Original", "-07:00", None),
                 ("ExifIFD", "Lens Model", "iPhone 13 back dual wide camera 5.1mm f/1.6", None),
                 ("Apple", "Content Identifier", uid4().upper(), None)]
    if "gps" in p:
        lat, lon = p["gps"]
        rows += [("GPS", "GPS Latitude Ref", "North", None), ("GPS", "GPS Latitude", dms(lat, "N", "S"), "address"),
                 ("GPS", "GPS Longitude", dms(lon, "E", "W"), "address"),
                 ("GPS", "GPS Altitude", "%.1f m Above Sea Level" % rng.uniform(330, 420), None),
                 ("Composite", "GPS Position", dms(lat, "N", "S") + ", " + dms(lon, "E", "W"), "address")]
    rows += [("Composite", "Image Size", "%dx%d" % (u["w"], u["h"]), None),
             ("Composite", "Megapixels", "%.1f" % (u["w"] * u["h"] / 1e6), None)]
    for g, tag, val, cat in rows:
        clk.tick(0.0001, 0.001)
        L = Ln("exiftool")
        L.t(("[%s]" % g).ljust(16), tag.ljust(32), ": ").p(val, cat)
        emit(L)


def exif_json_line(p, u):
    d = {"SourceFile": "/srv/ingest/tmp/%s.%s" % (u["id"], "heic" if "heic" in u["mime"] else "jpg"), "ExifToolVersion": 12.76, "FileSize": u["size"],
         "MIMEType": u["mime"]}
    if "cam" in p:
        c = p["cam"]
        d.update({"Make": c["make"], "Model": c["model"], "SerialNumber": P(c["sn"], "device"),
                  "OwnerName": P(c["owner"], "name"), "LensSerialNumber": P(c["lsn"], "device")})
    else:
        mk, mdl, fw = phone_make(p)
        d.update({"Make": mk, "Model": mdl, "Software": fw})
    capv = u["cap"].strftime("%Y:%m:%d %H:%M:%S")
    d["DateTimeOriginal"] = P(capv, "date")
    d["CreateDate"] = P(capv, "date")
    d["ImageWidth"] = u["w"]
    d["ImageHeight"] = u["h"]
    if "gps" in p:
        lat, lon = p["gps"]
        d["GPSLatitude"] = P(round(lat + rng.uniform(-0.0004, 0.0004), 6), "address")
        d["GPSLongitude"] = P(round(lon + rng.uniform(-0.0004, 0.0004), 6), "address")
        d["GPSAltitude"] = round(rng.uniform(330, 420), 1)
    d["Orientation"] = 1

    def f(L):
        L.t("exif meta upload=%s: " % u["id"])
        wj(L, [d], asc=False, sep=", ", kv=": ")
    return pylog("exiftool-json", "DEBUG", "derm.pipeline.exif", f)


def rat(v):
    a = abs(v)
    d = int(a)
    m = int((a - d) * 60)
    s = ((a - d) * 60 - m) * 60
    return ((d, 1), (m, 1), (int(round(s * 100)), 100))


def phone_make(p):
    if "phone_model" in p:
        return p["phone_model"]
    if "cam" in p:
        return p["cam"]["make"], p["cam"]["model"], "Firmware Version 1.1.0"
    if "iOS" in p["ua"]:
        return "Apple", p.setdefault("iphone", rng.choice(["iPhone 13", "iPhone 14 Pro", "iPhone 15"])), \
            p["ua"].split("iOS ")[1].split(")")[0]
    if "Pixel" in p["ua"]:
        return "Google", p["ua"].split("; ")[1].split(")")[0], "HDR+ 1.0.598930962zd"
    if "moto" in p["ua"]:
        return "motorola", "moto g stylus 5G", "T1TGS33.93-55-6"
    if "SM-G960U" in p["ua"]:
        return "samsung", "SM-G960U", "G960USQS9FVA1"
    return "Canon", "Canon PowerShot SX740 HS", "Firmware Version 1.0.0"


def piexif_line(p, u, stripped=False):
    capb = u["cap"].strftime("%Y:%m:%d %H:%M:%S").encode()
    if stripped:
        d = {"0th": {274: 1, 282: (72, 1), 283: (72, 1), 296: 2, 531: 1},
             "Exif": {40961: 1, 40962: u["w"] // 4, 40963: u["h"] // 4}, "GPS": {}, "Interop": {}, "1st": {},
             "thumbnail": None}
    else:
        mk, mdl, fw = phone_make(p)
        zeroth = {271: mk.encode(), 272: mdl.encode(), 274: 1, 282: (72, 1), 283: (72, 1), 296: 2, 305: fw.encode(),
                  306: P(capb, "date"), 531: 1, 34665: 238}
        ex = {33434: (1, rng.choice([50, 60, 120])), 33437: (170, 100), 34855: rng.choice([50, 100, 200]),
              36864: b"0220", 36867: P(capb, "date"), 36868: P(capb, "date"), 37521: str(rng.randint(100, 999)).encode(),
              40962: u["w"], 40963: u["h"]}
        if "cam" in p:
            c = p["cam"]
            ex[42032] = P(c["owner"].encode(), "name")
            ex[42033] = P(c["sn"].encode(), "device")
            ex[42037] = P(c["lsn"].encode(), "device")
        d = {"0th": zeroth, "Exif": ex}
        if "gps" in p:
            lat, lon = p["gps"]
            zeroth[34853] = 812
            d["GPS"] = {0: (2, 2, 0, 0), 1: b"N", 2: P(rat(lat), "address"), 3: b"W", 4: P(rat(lon), "address"),
                        5: 0, 6: (rng.randint(33000, 42000), 100)}
        else:
            d["GPS"] = {}
        d["Interop"] = {1: b"R98"}
        d["1st"] = {259: 6, 282: (72, 1), 283: (72, 1), 296: 2, 513: 1026, 514: rng.randint(5000, 14000)}
        d["thumbnail"] = None

    def f(L):
        L.t("piexif.load(%s.jpg)%s -> " % (u["id"], " after strip" if stripped else (
            " (converted from heic)" if "heic" in u.get("mime", "") else "")))
        wr(L, d)
    return pylog("piexif", "DEBUG", "derm.pipeline.exif", f)


def exif_noise():
    u = dict(id=uid4(), w=rng.choice([3024, 4032, 6000]), h=rng.choice([3024, 4000]), mime="image/jpeg",
             cap=clk.t, size=rng.randint(10 ** 6, 8 * 10 ** 6))
    r = rng.random()
    if r < 0.5:
        return piexif_line(None, u, stripped=True)
    if r < 0.75:
        # clinic-owned camera: owner/serial are the clinic's, not labeled; capture in clinic is labeled only with a
        # patient in context, here it is a calibration card shot
        s = SITES[rng.choice(list(SITES))]
        d = {"SourceFile": "/srv/ingest/clinic/%s.jpg" % u["id"], "Make": "Canon", "Model": s["cam"],
             "SerialNumber": s["camsn"], "OwnerName": s["name"], "ImageDescription": "ColorChecker calibration",
             "Software": "Lumen Capture 2.3.1"}
        return pylog("exiftool-json", "DEBUG", "derm.pipeline.calibration",
                     lambda L: wj(L.t("calibration frame meta: "), [d], sep=", ", kv=": "), small=False)
    return pylog("exiftool", "WARNING", "derm.pipeline.exif", lambda L: L.t(
        "exiftool stderr upload=%s: Warning: [minor] Possibly incorrect maker notes offsets (fix by 1783?)" % u["id"]),
        small=False)


# =====================================================================================
# DICOM (dcmdump through docker compose)
# =====================================================================================
DCM_PREFIX = "dicomizer-1  | "


def dcm_line(tag, vr, parts, name, raw=None, vm=1, indent=""):
    L = Ln("dcmdump")
    clk.tick(0.0001, 0.002)
    L.t(DCM_PREFIX, indent, "(%s) %s " % (tag, vr))
    if raw is not None:
        L.t(raw)
        flen = len(raw)
        vlen = len(raw) + len(raw) % 2
        if raw == "=VLPhotographicImageStorage":
            vlen = 30
        if raw.startswith("(no value"):
            vlen = 0
        if raw.startswith("(PixelSequence"):
            vlen = "u/l"
    else:
        val = "".join(t for t, _ in parts)
        L.t("[")
        for t, c in parts:
            L.p(t, c)
        L.t("]")
        flen = len(val) + 2
        bl = len(val.encode("utf-8"))
        vlen = bl + bl % 2
    pad = max(1, 40 - len(indent) - flen)
    L.t(" " * pad, "# %3s, %d %s" % (vlen, vm, name))
    return emit(L)


def dicom_block(p, u, identified=True):
    t = clk.tick(0.2, 2)
    fn = "/data/outbox/%s.dcm" % u["id"]
    L = Ln("dicomizer")
    emit(L.t(DCM_PREFIX, f_comma(t), " INFO dicomizer.vl: wrote VL Photographic Image ", fn, " (",
             "JPEG Baseline" if rng.random() < 0.7 else "JPEG 2000", ", %d bytes)" % (u["size"] // 3)))
    root = "1.2.826.0.1.3680043.10.1138."
    sop = root + "%d.%d.%d" % (rng.randint(10 ** 9, 10 ** 10), rng.randint(1, 99), rng.randint(10 ** 5, 10 ** 6))
    emit(Ln("dcmdump").t(DCM_PREFIX, "# Dicom-Data-Set"))
    emit(Ln("dcmdump").t(DCM_PREFIX, "# Used TransferSyntax: JPEG Baseline"))
    dcm_line("0008,0016", "UI", None, "SOPClassUID", raw="=VLPhotographicImageStorage")
    dcm_line("0008,0018", "UI", [(sop, None)], "SOPInstanceUID")
    study = u["cap"].strftime("%Y%m%d")
    if identified:
        dcm_line("0008,0020", "DA", [(study, "date")], "StudyDate")
    else:
        dcm_line("0008,0020", "DA", [(study[:4] + "0101", None)], "StudyDate")
    dcm_line("0008,0050", "SH", [("A%d" % rng.randint(10 ** 7, 10 ** 8), None)], "AccessionNumber")
    dcm_line("0008,0060", "CS", [("XC", None)], "Modality")
    own = "cam" in p and rng.random() < 0.8
    site = SITES[p["loc"]]
    dcm_line("0008,0080", "LO", [(site["name"], None)], "InstitutionName")
    doc = rng.choice(DOCS)
    dn = doc["name"].split()
    dcm_line("0008,0090", "PN", [(dn[1] + "^" + dn[0], None)], "ReferringPhysicianName")
    dcm_line("0008,103e", "LO", [("%s %s" % (u["site"], u["view"]), None)], "SeriesDescription")
    if identified:
        dcm_line("0010,0010", "PN", [(p["last"].upper(), "name"), ("^", None), (p["first"].upper(), "name")], "PatientName")
        dcm_line("0010,0020", "LO", [(p["mrn"], "mrn")], "PatientID")
        dcm_line("0010,0030", "DA", [(dfmt(p["dob"], "hl7"), "date")], "PatientBirthDate")
        dcm_line("0010,1000", "LO", [(p["case"], "other_id")], "OtherPatientIDs")
        dcm_line("0010,1010", "AS", [("%03dY" % p["age"], "age" if p["age"] > 89 else None)], "PatientAge")
        if rng.random() < 0.5:
            dcm_line("0010,1040", "LO", [(p["street"], "address"), ("^", None), (p["city"], "address"),
                                         ("^%s^" % p["st"], None), (p["zip"], "zip")], "PatientAddress")
    else:
        dcm_line("0010,0010", "PN", [("ANON^" + hexs(8).upper(), None)], "PatientName")
        dcm_line("0010,0020", "LO", [("RSCH-" + hexs(10).upper(), None)], "PatientID")
        dcm_line("0010,0030", "DA", None, "PatientBirthDate", raw="(no value available)")
        dcm_line("0012,0062", "CS", [("YES", None)], "PatientIdentityRemoved")
        dcm_line("0012,0063", "LO", [("DCM:113100/113105/113107", None)], "DeidentificationMethod")
    if own:
        dcm_line("0018,1000", "LO", [(p["cam"]["sn"], "device" if identified else None)] if identified else
                 [("REMOVED", None)], "DeviceSerialNumber")
    else:
        dcm_line("0008,1090", "LO", [(phone_make(p)[1], None)], "ManufacturerModelName")
        dcm_line("0018,1016", "LO", [("SkinCheck 4.12.0", None)], "SecondaryCaptureDeviceManufacturerModelName")
    dcm_line("0020,000d", "UI", [(root + "%d.%d" % (rng.randint(10 ** 9, 10 ** 10), rng.randint(1, 9)), None)],
             "StudyInstanceUID")
    dcm_line("7fe0,0010", "OB", None, "PixelData", raw="(PixelSequence #=2)")


# =====================================================================================
# HL7 v2 (Mirth-style interface engine)
# =====================================================================================
def mirth(msg_fn, level="INFO ", small=True, ch=None):
    t = clk.tick(0.05, 1.2) if small else clk.tick(2, 120)
    L = Ln("mirth")
    L.t(level, " ", f_comma(t), " [", ch or rng.choice(["EHR ORU Out", "EHR MDM Out", "PMS ADT In"]), " < pool-4-thread-%d" %
        rng.randint(1, 8), "] ")
    msg_fn(L)
    return emit(L)


def seg(*items):
    clk.tick(0.0001, 0.001)
    L = Ln("hl7v2")
    L.seq(*items)
    return emit(L)


def hl7_ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def pid_seg(p, with_ins=True):
    items = ["PID|1||", (p["mrn"], "mrn"), "^^^LUMEN^MR"]
    if with_ins and p.get("mbr"):
        items += ["~", (p["mbr"], "health_plan"), "^^^%s^MB" % p["plan"]]
    items += ["||", (p["last"].upper(), "name"), "^", (p["first"].upper(), "name"), "^^^^^L||",
              (dfmt(p["dob"], "hl7"), "date"), "|", p["sex"], "|||", (p["street"], "address"), "^^",
              (p["city"], "address"), "^", p["st"], "^", (p["zip"], "zip"), "^%s^H||" % ("MEX" if p["st"] == "SON" else "USA"),
              (phfmt(p["phone"], "hl7"), "phone"), "^PRN^PH"]
    if p.get("email"):
        items += ["~^NET^Internet^", (p["email"], "email")]
    if p.get("ssn"):
        items += ["||||||", (p["ssn"].replace("-", ""), "ssn"), "|||||||||||N"]
    else:
        items += ["|||||||||||||||||N"]
    return seg(*items)


def hl7_oru_block(p, u):
    ctrl = str(rng.randint(88000, 99999))
    t = clk.t
    mirth(lambda L: L.t("Transformed outbound ORU^R01 control id ", ctrl, ":"), ch="EHR ORU Out")
    seg("MSH|^~\\&|DERMPIPE|LUMEN_%s|EPIC|LUMEN|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (p["loc"], hl7_ts(t), ctrl))
    pid_seg(p)
    doc = rng.choice(DOCS)
    ln, fn = doc["name"].split()[1].upper(), doc["name"].split()[0].upper()
    svc = u["cap"] + dt.timedelta(minutes=rng.randint(5, 90))
    seg("PV1|1|O|%s^DERM^TELE||||%s^%s^%s^^^^MD^^^^NPI|||DER||||||||||||||||||||||||||||||||" % (
        p["loc"], doc["npi"], ln, fn), (hl7_ts(svc), "date"))
    seg("ORC|RE|ORD-%d^DERMPIPE|FIL-%s^EPIC||CM" % (rng.randint(50000, 59999), ctrl))
    seg("OBR|1|ORD-%d^DERMPIPE|FIL-%s^EPIC|DERMPHOTO^Dermatology clinical photography^L|||" % (
        rng.randint(50000, 59999), ctrl), (hl7_ts(u["cap"]), "date"), "||||||||||||||||F")
    s3, a = top3()
    seg("OBX|1|ST|AI_TOP1^AI lesion classifier top-1^L||%s||||||P" % s3.split("'")[1])
    b = jpeg_b64(rng.choice([900, 1400, 1900, 2400]), 1080, 1080, exif=rng.random() < 0.3)
    seg("OBX|2|ED|PHOTO^Clinical photograph (%s, %s)^L|1|DERMPIPE^IM^JPEG^Base64^" % (u["site"], u["view"]),
        (b, "photo" if u["face"] else None), "...[truncated, %d more chars]" % rng.randint(150000, 2400000))
    if rng.random() < 0.6:
        ec = p.get("ec") or p.get("gu")
        if ec:
            seg("NK1|1|", (ec["last"].upper(), "name"), "^", (ec["first"].upper(), "name"), "|%s^%s|||" % (
                ec.get("rel", "GRD").upper()[:3], ec.get("rel_txt", ec.get("rel", "guardian")).title()),
                (phfmt(ec["phone"], "hl7"), "phone"), "^PRN^PH")
    if p.get("plan") == "MCR" and rng.random() < 0.7:
        seg("IN1|1|MCR^Medicare Part B|CMS|Centers for Medicare & Medicaid Services|7500 Security Blvd^^Baltimore^MD^21244"
            "|||||||||||", (p["last"].upper(), "name"), "^", (p["first"].upper(), "name"), "|01|",
            (dfmt(p["dob"], "hl7"), "date"), "|||||||||||||||||", (p["mbr"], "health_plan"))
    mirth(lambda L: L.t("MLLP sent control id ", ctrl, " to ehr-if.lumen.local:6661, ACK AA in %dms" % rng.randint(40, 900)),
          ch="EHR ORU Out")


def hl7_mdm_block(p):
    ctrl = str(rng.randint(88000, 99999))
    t = clk.t
    doc = rng.choice(DOCS)
    mirth(lambda L: L.t("Transformed outbound MDM^T02 control id ", ctrl, ":"), ch="EHR MDM Out")
    seg("MSH|^~\\&|DERMPIPE|LUMEN|EPIC|LUMEN|%s||MDM^T02^MDM_T02|%s|P|2.5.1" % (hl7_ts(t), ctrl))
    seg("EVN|T02|%s" % hl7_ts(t))
    pid_seg(p, with_ins=False)
    seg("TXA|1|CN^Consult Note|TX|", (hl7_ts(t - dt.timedelta(minutes=rng.randint(20, 300))), "date"),
        "|%s^%s^%s^^^^%s|||||||DOC-%d||||||AU" % (doc["npi"], doc["name"].split()[1].upper(),
                                                 doc["name"].split()[0].upper(), doc["title"],
                                                 rng.randint(10 ** 6, 10 ** 7)))
    items = ["OBX|1|TX|CONSULT^Teledermatology consult^L||"]
    age_item = (str(p["age"]), "age") if p["age"] > 89 else str(p["age"])
    items += [age_item, " y/o %s, " % ("F" if p["sex"] == "F" else "M"), (fullname(p), "name"),
              ", photos reviewed for %s (case " % p["site"], (p["case"], "other_id"),
              "). Impression: %s. Plan: in-person visit, biopsy if indicated.||||||F" % p["dx"]]
    seg(*items)
    seg("OBX|2|ED|PDF^Consult report^L||DERMPIPE^AP^PDF^Base64^JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoK"
        + base64.b64encode(rb(90)).decode() + "...[truncated]||||||F")


def hl7_noise():
    r = rng.random()
    if r < 0.4:
        ctrl = str(rng.randint(88000, 99999))
        return mirth(ch="EHR ORU Out", msg_fn=lambda L: L.t("ACK received: MSH|^~\\&|EPIC|LUMEN|DERMPIPE|LUMEN|%s||ACK^R01|ACK%s|P|2.5.1 MSA|AA|%s"
                                   % (hl7_ts(clk.t), ctrl, ctrl)), small=False)
    if r < 0.6:
        return mirth(ch="EHR ORU Out", msg_fn=lambda L: L.t("Channel EHR ORU Out: queue size %d, sent %d, errored %d in last 5 min" % (
            rng.randint(0, 20), rng.randint(10, 200), rng.randint(0, 3))), small=False)
    if r < 0.8:
        return mirth(lambda L: L.t("SocketTimeoutException on MLLP connection ehr-if.lumen.local:6661, retry %d/5" %
                                   rng.randint(1, 5)), level="WARN ", small=False)
    return mirth(lambda L: L.t("Pruner: removed %d messages older than 30 days from channel EHR ORU Out" %
                               rng.randint(100, 9000)), small=False)


# =====================================================================================
# Practice management (Spring Boot)
# =====================================================================================
PMS_PID = 2231


def spring(level, thread, logger, msg_fn, small=True):
    t = clk.tick(0.1, 4) if small else clk.tick(3, 150)
    L = Ln("spring-pms")
    L.t(f_dot(local(t)), " ", "%5s" % level, " %d --- [%15s] %-40s : " % (PMS_PID, thread[-15:], logger[:40]))
    msg_fn(L)
    return emit(L)


def th():
    return "nio-8080-exec-%d" % rng.randint(1, 10)


def appt_dt(days_lo=1, days_hi=12):
    d = local(clk.t).date() + dt.timedelta(days=rng.randint(days_lo, days_hi))
    return dt.datetime(d.year, d.month, d.day, rng.randint(8, 16), rng.choice([0, 15, 30, 45]), tzinfo=AZT)


def pms_book(p):
    a = appt_dt()
    p["appt"] = a
    p["appt_id"] = rng.randint(551000, 559999)
    doc = rng.choice(STAFF[:5])

    def f(L):
        L.t("Booked appointment id=%d patient=" % p["appt_id"]).p(p["pms"], "pms" and "mrn").t(" (")
        L.seq(*nm(p, "lf")).t(") provider=%s type=%s start=" % (
            doc["user"], "AESTHETIC_CONSULT" if p["key"] in ("priya", "farah", "meiling") else "DERM_FOLLOWUP"))
        L.p(a.strftime("%Y-%m-%dT%H:%M-07:00"), "date").t(" location=%s" % p["loc"])
    return spring("INFO", th(), "c.l.pm.scheduling.AppointmentService", f)


def pms_reminder(p):
    a = p.get("appt") or appt_dt()

    def f(L):
        L.t("Reminder SMS queued to ").p(phfmt(p["phone"], "e164"), "phone").t(" for appt %d on " % p.get(
            "appt_id", rng.randint(551000, 559999)))
        L.p(a.strftime("%m/%d/%Y %I:%M %p"), "date").t(" (template=APPT_REMINDER_48H, sender=%s)" % MAIN_PHONE)
    return spring("INFO", "scheduling-1", "c.l.pm.notify.ReminderJob", f)


def pms_checkin(p):
    def f(L):
        L.t("Appointment %d status CONFIRMED -> CHECKED_IN room=EXAM-%d by=%s" % (
            p.get("appt_id", rng.randint(551000, 559999)), rng.randint(1, 8), rng.choice(STAFF[5:])["user"]))
    return spring("INFO", th(), "c.l.pm.scheduling.AppointmentService", f)


def pms_elig(p):
    def f(L):
        L.t("270/271 eligibility OK payer=%s member=" % p["plan"]).p(p["mbr"], "health_plan")
        if p.get("grp"):
            L.t(" group=%s" % p["grp"])
        L.t(" patient=").p(p["pms"], "mrn").t(" copay=%s coins=%d%% trace=%s" % (
            rng.choice(["40.00", "0.00", "60.00"]), rng.choice([0, 20]), digits(15)))
    return spring("INFO", th(), "c.l.pm.billing.EligibilityClient", f)


def pms_idscan(p):
    def f(L):
        L.t("Check-in ID scan patient=").p(p["pms"], "mrn").t(" doc=AZ_DL number=").p(p["dl"], "license")
        L.t(" name_match=true dob_match=true address=").p(p["street"], "address").t(", ").p(p["city"], "address")
        L.t(" AZ ").p(p["zip"], "zip")
    return spring("INFO", th(), "c.l.pm.frontdesk.IdScanService", f)


def pms_financing(p):
    def f(L):
        L.t("DermaFlex credit application submitted applicant=").seq(*nm(p, "fl")).t(" dob=")
        L.p(dfmt(p["dob"], "us"), "date").t(" ssn=").p(p["ssn"], "ssn").t(" income=72000 requested=3500.00 -> "
                                                                            "APPROVED line=5000.00 promo=12M_DEFERRED acct=")
        L.p(p["finacct"], "account")
    return spring("INFO", th(), "c.l.pm.financing.DermaFlexClient", f)


def pms_payplan(p):
    g = p["gu"]

    def f(L):
        L.t("Created payment plan PP-%d for guarantor " % rng.randint(20000, 29999)).seq(
            (g["first"], "name"), " ", (g["last"], "name")).t(" (patient ").p(p["pms"], "mrn")
        L.t(") balance=1450.00 installments=6x241.67 autopay=ACH routing=%s acct=" % g["routing"]).p(g["acct"], "account")
    return spring("INFO", th(), "c.l.pm.billing.PaymentPlanService", f)


def pms_guarantor_ssn(p):
    g = p["gu"]

    def f(L):
        L.t("Soft credit pull for guarantor ssn=").p(g["ssn"], "ssn").t(" phone=").p(phfmt(g["phone"], "dash"), "phone")
        L.t(" bureau=TU score_band=B decision=ELIGIBLE ref=%s" % hexs(12).upper())
    return spring("DEBUG", th(), "c.l.pm.financing.CreditCheckClient", f)


def pms_fallrisk(p):
    def f(L):
        L.t("Fall-risk flag set patient=").p(p["pms"], "mrn").t(" age=").p(str(p["age"]), "age")
        L.t(" mobility=WALKER escort_required=true room_pref=EXAM-1")
    return spring("INFO", th(), "c.l.pm.frontdesk.CheckInService", f)


def pms_kiosk(p):
    def f(L):
        L.t("Kiosk face check-in matched patient=").p(p["pms"], "mrn").t(" score=%.3f kiosk=KSK-%s-01 template=" % (
            rng.uniform(0.9, 0.99), p["loc"]))
        L.p(face_template(), "biometric").t(" tmpl_ver=face-v3")
    return spring("DEBUG", th(), "c.l.pm.frontdesk.KioskService", f)


def pms_parking(p):
    def f(L):
        L.t("Parking validated plate=").p(p["plate"], "vehicle").t(" state=AZ patient=").p(p["pms"], "mrn")
        L.t(" garage=ScottsdaleQuarter-G2 minutes=120 code=%s" % hexs(6).upper())
    return spring("INFO", th(), "c.l.pm.frontdesk.ParkingValidation", f)


def pms_tpl(p):
    def f(L):
        L.t("TPL claim opened patient=").p(p["pms"], "mrn").t(" carrier=GEICO claim_no=").p(
            "04" + digits(8) + "0101", "other_id").t(" vin=")
        L.p(p["vin"], "vehicle").t(" date_of_injury=").p(dfmt(p["doi"], "iso"), "date").t(" cause=MVA")
    return spring("INFO", th(), "c.l.pm.billing.ThirdPartyLiability", f)


def pms_udi(p):
    def f(L):
        L.t("Pre-procedure device check patient=").p(p["pms"], "mrn").t(" implant=pacemaker udi=").p(p["udi"], "device")
        L.t(" mri_cond=true -> electrosurgery=BIPOLAR_ONLY note_by=%s" % rng.choice(DOCS)["user"])
    return spring("WARN", th(), "c.l.pm.clinical.ProcedureSafety", f)


def pms_refund(p):
    sp, raw = p["iban"]

    def f(L):
        L.t("Refund 180.00 USD via Wise to IBAN ").p(sp, "account").t(" holder=").seq(*nm(p, "fl"))
        L.t(" patient=").p(p["pms"], "mrn").t(" swift=ESSESESS ref=RF-%d" % rng.randint(10000, 99999))
    return spring("INFO", th(), "c.l.pm.billing.RefundService", f)


def pms_pnr(p):
    def f(L):
        L.t("Foreign national ID stored patient=").p(p["pms"], "mrn").t(" type=SE_PERSONNUMMER value=")
        L.p(p["pnr"], "other_id").t(" travel_insurance=true")
    return spring("INFO", th(), "c.l.pm.registration.PatientService", f)


def pms_curp(p):
    def f(L):
        L.t("Registration patient=").p(p["pms"], "mrn").t(" name=").seq(*nm(p, "fl")).t(" id_type=MX_CURP id=")
        L.p(p["curp"], "other_id").t(" address=").p(p["street"], "address").t(", ").p(p["city"], "address")
        L.t(", Son. CP ").p(p["zip"], "zip").t(" phone=").p("+52 " + " ".join(p["phone"]), "phone")
    return spring("INFO", th(), "c.l.pm.registration.PatientService", f)


def pms_roi(p):
    ec = p["ec"]

    def f(L):
        L.t("ROI request patient=").p(p["pms"], "mrn").t(" requester=").seq((ec["first"], "name"), " ", (ec["last"], "name"))
        L.t(" (%s, HCPOA) deliver_to=FAX " % ec["rel_txt"]).p(phfmt(ec["fax"], "paren"), "fax")
        L.t(" from=%s pages=%d" % (MAIN_FAX, rng.randint(3, 40)))
    return spring("INFO", th(), "c.l.pm.records.ReleaseOfInformation", f)


def pms_noise():
    r = rng.random()
    if r < 0.15:
        return spring("INFO", "scheduling-1", "c.l.pm.notify.ReminderJob", lambda L: L.t(
            "Reminder batch finished: queued=%d skipped_optout=%d failed=%d in %dms" % (
                rng.randint(40, 300), rng.randint(0, 20), rng.randint(0, 4), rng.randint(300, 9000))), small=False)
    if r < 0.3:
        return spring("INFO", th(), "c.l.pm.scheduling.AppointmentService", lambda L: L.t(
            "Appointment %d status %s provider=%s room=EXAM-%d" % (
                rng.randint(551000, 559999), rng.choice(["CHECKED_IN -> ROOMED", "ROOMED -> COMPLETED",
                                                         "SCHEDULED -> CONFIRMED", "SCHEDULED -> NO_SHOW"]),
                rng.choice(STAFF[:5])["user"], rng.randint(1, 8))), small=False)
    if r < 0.42:
        return spring("INFO", "scheduling-3", "c.l.pm.billing.ClaimSubmissionJob", lambda L: L.t(
            "Submitted 837P batch %06d claims=%d total=%.2f clearinghouse=availity isa13=%09d" % (
                rng.randint(300, 400), rng.randint(10, 90), rng.uniform(3000, 40000), rng.randint(10 ** 7, 10 ** 9))),
            small=False)
    if r < 0.52:
        return spring("WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", lambda L: L.t(
            "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%ds%dms)." % (
                rng.randint(1, 70), rng.randint(0, 999))), small=False)
    if r < 0.62:
        s = SITES[rng.choice(list(SITES))]
        return spring("INFO", "scheduling-2", "c.l.pm.pos.DailyCloseJob", lambda L: L.t(
            "Daily close location=%s (%s, %s %s) terminals=%d batches=%d total=%.2f" % (
                s["tid"][2:5], s["addr"], s["city"], s["st"], rng.randint(2, 4), rng.randint(2, 4),
                rng.uniform(4000, 30000))), small=False)
    if r < 0.72:
        d = local(clk.t).date() + dt.timedelta(days=rng.randint(1, 5))
        return spring("INFO", th(), "c.l.pm.scheduling.TemplateService", lambda L: L.t(
            "Provider template published provider=%s date=%s slots=%d blocked=%d (Mohs AM block)" % (
                rng.choice(DOCS)["user"], d.isoformat(), rng.randint(12, 30), rng.randint(0, 6))), small=False)
    if r < 0.82:
        return spring("INFO", th(), "c.l.pm.inventory.InventoryService", lambda L: L.t(
            "Lot consumed sku=%s lot=%s exp=%s qty=1 location=%s" % (
                rng.choice(["BTX-100U", "JUV-ULTRA-1ML", "RHA3-1.2ML", "SCUL-150MG", "KYB-2ML"]),
                "C%d" % rng.randint(1000, 9999) + rng.choice("ABCDEF"),
                (dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 600))).isoformat(),
                rng.choice(list(SITES)))), small=False)
    if r < 0.9:
        return spring("ERROR", th(), "o.a.c.c.C.[.[.[/].[dispatcherServlet]", lambda L: L.t(
            "Servlet.service() for servlet [dispatcherServlet] threw exception: org.springframework.dao."
            "QueryTimeoutException: JDBC query timed out after 30000ms; request_id=%s" % uid4()), small=False)
    return spring("INFO", "main", "com.lumen.pm.PmsApplication", lambda L: L.t(
        "Started PmsApplication in %.3f seconds (process running for %.3f)" % (rng.uniform(9, 20), rng.uniform(20, 25))),
        small=False)


# =====================================================================================
# card terminals
# =====================================================================================
def pos(loc, level, msg_fn, small=True):
    t = clk.tick(0.2, 5) if small else clk.tick(3, 150)
    L = Ln("pos-terminal")
    L.t(f_dot(local(t)), " [", SITES[loc]["tid"], str(rng.randint(1, 3)), "] ", "%-5s" % level, " ")
    msg_fn(L)
    return emit(L)


def pos_sale(p, amount):
    brand, pan, em, ey = p["card"]
    app = {"visa": ("A0000000031010", "VISA CREDIT"), "mastercard": ("A0000000041010", "MASTERCARD"),
           "amex": ("A00000002501", "AMERICAN EXPRESS")}[brand]
    return pos(p["loc"], "INFO", lambda L: L.t(
        "EMV txn=%06d SALE amt=%.2f USD entry=CHIP aid=%s app=\"%s\" pan=%s auth=%s rrn=%s resp=00 APPROVED" % (
            rng.randint(1, 999999), amount, app[0], app[1], "*" * (len(pan) - 4) + pan[-4:],
            hexs(6).upper(), digits(12))))


def ascii_fold(x):
    return unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode("ascii")


def pos_track_debug(p):
    brand, pan, em, ey = p["card"]

    def f(L):
        L.t("kernel: 5A=").p(pan, "account").t(" 5F24=%02d%02d31 5F20=" % (ey % 100, em))
        L.p(ascii_fold("%s/%s" % (p["last"].upper(), p["first"].upper())), "name").t(" 9F26=%s 9F27=80 (debug=ON, fw 3.1.8-rc2)" % hexs(16).upper())
    return pos(p["loc"], "DEBUG", f)


def pos_noise():
    loc = rng.choice(list(SITES))
    r = rng.random()
    if r < 0.35:
        pan = luhn_num(rng.choice(["4", "51", "37"]), 16)
        return pos(loc, "INFO", lambda L: L.t(
            "EMV txn=%06d SALE amt=%.2f USD entry=%s pan=%s auth=%s rrn=%s resp=00 APPROVED" % (
                rng.randint(1, 999999), rng.choice([45.0, 150.0, 325.0, 650.0, 1200.0, 89.5]),
                rng.choice(["CHIP", "CTLS", "CTLS"]), "************" + pan[-4:], hexs(6).upper(), digits(12))),
            small=False)
    if r < 0.5:
        return pos(loc, "INFO", lambda L: L.t("Batch %04d settled count=%d total=%.2f host=tsys-emea resp=GB" % (
            rng.randint(1, 9999), rng.randint(5, 60), rng.uniform(800, 20000))), small=False)
    if r < 0.65:
        return pos(loc, "INFO", lambda L: L.t("TMS heartbeat model=PAX A920Pro sn=%s fw=PayDroid_9.0_Taurus_V09.1.27 "
                                              "battery=%d%% wifi=-%ddBm" % (
                                                  digits(10), rng.randint(20, 100), rng.randint(40, 80))), small=False)
    if r < 0.8:
        return pos(loc, "WARN ", lambda L: L.t("EMV txn=%06d DECLINED resp=51 (insufficient funds) amt=%.2f pan=%s" % (
            rng.randint(1, 999999), rng.uniform(100, 2000), "************" + digits(4))), small=False)
    return pos(loc, "INFO", lambda L: L.t("DUKPT key check KSN=FFFF%s OK, next rotation in %d txns" % (
        hexs(16).upper(), rng.randint(100, 9000))), small=False)


# =====================================================================================
# Stripe webhooks (Python structlog, json.dumps default separators, ensure_ascii=True)
# =====================================================================================
def structlog(d, level="info", small=True):
    t = clk.tick(0.05, 2) if small else clk.tick(3, 140)
    d = dict(d)
    d["level"] = level
    d["logger"] = "billing.webhooks"
    d["timestamp"] = f_isoz(t, us=True)
    return emit(wj(Ln("stripe-webhook"), d, asc=True, sep=", ", kv=": "))


def sid(prefix, n=24):
    return prefix + "_" + rng.choice(["1", "3"]) + "Ot" + b62(n - 3)


def stripe_recv(evt, typ):
    return structlog({"event": "stripe webhook received", "event_id": evt, "type": typ, "livemode": True,
                      "sig_ok": True, "api_version": "2023-10-16"})


def stripe_charge(p, amount_cents, desc):
    brand, pan, em, ey = p.get("card") or ("visa", luhn_num("4", 16), 1, 2027)
    evt = sid("evt")
    stripe_recv(evt, "charge.succeeded")
    bd = {"address": {"city": P(p["city"], "address"), "country": "US", "line1": P(p["street"], "address"),
                      "line2": None, "postal_code": P(p["zip"], "zip"), "state": p["st"]},
          "email": P(p["email"], "email"), "name": P(fullname(p), "name"), "phone": P(phfmt(p["phone"], "e164"), "phone")}
    obj = {"id": sid("ch"), "object": "charge", "amount": amount_cents, "amount_captured": amount_cents,
           "balance_transaction": sid("txn"), "billing_details": bd, "captured": True, "currency": "usd",
           "customer": "cus_" + b62(14), "description": desc,
           "metadata": {"pms_patient_id": P(p["pms"], "mrn"), "appointment_id": str(p.get("appt_id", rng.randint(551000, 559999))),
                        "location": p["loc"]},
           "paid": True, "payment_intent": sid("pi"),
           "payment_method_details": {"card": {"brand": brand, "country": "US", "exp_month": em, "exp_year": ey,
                                               "fingerprint": b62(16), "funding": "credit", "last4": pan[-4:]},
                                      "type": "card"},
           "receipt_email": P(p["email"], "email"), "status": "succeeded"}
    payload = {"id": evt, "object": "event", "api_version": "2023-10-16", "created": int(clk.t.timestamp()),
               "data": {"object": obj}, "livemode": True, "pending_webhooks": 1,
               "request": {"id": "req_" + b62(14), "idempotency_key": uid4()}, "type": "charge.succeeded"}
    return structlog({"event": "webhook payload", "payload": payload}, level="debug")


def stripe_pi_meta(p, desc, svc_date):
    evt = sid("evt")
    obj = {"id": sid("pi"), "object": "payment_intent", "amount": rng.choice([45000, 65000, 120000]),
           "currency": "usd", "customer": "cus_" + b62(14), "description": desc,
           "metadata": {"patient_name": P(fullname(p), "name"), "dob": P(dfmt(p["dob"], "iso"), "date"),
                        "service_date": P(svc_date.isoformat(), "date")},
           "status": "succeeded"}
    return structlog({"event": "payment_intent.succeeded handled", "event_id": evt, "object": obj})


def stripe_noise():
    r = rng.random()
    if r < 0.35:
        return stripe_recv(sid("evt"), rng.choice(["invoice.finalized", "payout.paid", "charge.refunded",
                                                   "payment_intent.created", "customer.updated"])) if rng.random() < 1 else None
    if r < 0.5:
        return structlog({"event": "duplicate event ignored", "event_id": sid("evt"), "first_seen": f_isoz(
            clk.t - dt.timedelta(seconds=rng.randint(5, 300)), us=True)}, level="warning", small=False)
    if r < 0.65:
        return structlog({"event": "signature verification failed", "header": "t=%d,v1=%s" % (
            int(clk.t.timestamp()), hexs(64)), "remote": "10.42.%d.%d" % (rng.randint(0, 7), rng.randint(2, 250)),
                          "error": "No signatures found matching the expected signature for payload"},
                         level="error", small=False)
    if r < 0.82:
        return structlog({"event": "payout.paid", "payout": sid("po"), "amount": rng.randint(100000, 9000000),
                          "arrival_date": int(clk.t.timestamp()) + 86400, "destination": "ba_" + b62(24),
                          "statement_descriptor": "LUMEN SKIN HEALTH"}, small=False)
    return structlog({"event": "invoice.finalized", "invoice": "in_" + b62(24), "number": "LUMEN-%04d-%04d" % (
        rng.randint(1, 9999), rng.randint(1, 9999)), "amount_due": rng.randint(4500, 250000), "customer": "cus_" + b62(14)},
        small=False)


# =====================================================================================
# consent & before/after gallery CMS (Django, verbose formatter)
# =====================================================================================
def django(level, module, msg_fn, small=True):
    t = clk.tick(0.1, 3) if small else clk.tick(3, 150)
    L = Ln("django-cms")
    L.t(level, " ", f_comma(t), " ", module, " %d %d " % (rng.choice([4412, 4413, 4419]), 140231000000000 +
                                                          rng.randint(0, 999999999)))
    msg_fn(L)
    return emit(L)


def cms_consent(p):
    p["consent"] = "CNS-2024-%05d" % rng.randint(100, 99999)
    signed = local(clk.t).date() - dt.timedelta(days=rng.randint(5, 40))

    def f(L):
        L.t("Consent %s signed by " % p["consent"]).seq(*nm(p, "fl")).t(" on ").p(signed.isoformat(), "date")
        L.t(" ip=").p(p["ip"], "ip").t(" scope=['website_gallery', 'instagram'] withdraw=False form=PHOTO-MKT-v4")
    return django("INFO", "consent", f)


def cms_rendition(p, which, body=False):
    n = rng.randint(20000, 90000)
    b = "data:image/jpeg;base64," + jpeg_b64(rng.choice([140, 200, 260, 320]), 1200, 1200)

    def f(L):
        L.t("rendition image=%d (%s) filter=fill-600x600-c100 focal=%s src=" % (
            rng.randint(4000, 4999), which, "body" if body else "face"))
        L.p(b, None if body else "photo").t("...(%d chars)" % n)
    return django("DEBUG", "renditions", f)


def cms_publish(p):
    pid = rng.randint(800, 899)
    p["pair"] = pid
    url = "https://www.lumenskin.com/results/testimonials/%s-%s-%d/" % (slug(p), p["dx"].split()[0], pid)

    def f(L):
        L.t("BeforeAfterPair %d published treatment=%r consent=%s patient_ref=" % (pid, p["dx"], p.get("consent", "CNS-?")))
        L.p(p["pms"], "mrn").t(" display_name='").p(p["first"] + " " + p["last"][0] + ".", "name").t("' public_url=")
        L.p(url, "url")
        if p.get("insta"):
            L.t(" social=").p("https://www.instagram.com/%s/" % p["insta"], "url")
    return django("INFO", "gallery", f)


def cms_body_pair():
    tr = rng.choice(["Laser hair removal - lower legs", "CoolSculpting - abdomen", "Tattoo removal - forearm",
                     "Sclerotherapy - thighs"])
    django("INFO", "gallery", lambda L: L.t("BeforeAfterPair %d draft saved treatment=%r images=[%d, %d] by=%s" % (
        rng.randint(800, 899), tr, rng.randint(4000, 4999), rng.randint(4000, 4999), rng.choice(STAFF[4:])["user"])),
        small=False)


def cms_noise():
    r = rng.random()
    if r < 0.2:
        return cms_rendition(None, rng.choice(["before", "after"]), body=True)
    if r < 0.35:
        return django("INFO", "watermark", lambda L: L.t("watermark applied image=%d logo=data:image/png;base64,%s opacity=0.35" % (
            rng.randint(4000, 4999), icon_b64(rng.choice([16, 24])))), small=False)
    if r < 0.5:
        return django("INFO", "cdn", lambda L: L.t("CloudFront invalidation %s paths=['/results/*', '/static/gallery/*'] "
                                                   "status=InProgress" % ("I" + b62(13).upper())), small=False)
    if r < 0.62:
        return django("WARNING", "log", lambda L: L.t("Not Found: %s" % rng.choice(
            ["/wp-login.php", "/.env", "/results/botox/page/9/", "/xmlrpc.php", "/static/img/old-logo.png"])),
            small=False)
    if r < 0.75:
        return cms_body_pair()
    if r < 0.87:
        return django("INFO", "renditions", lambda L: L.t(
            "Rendition fill-%dx%d generated for image %d in %dms (cache miss, storage=s3://lumen-cms-media)" % (
                rng.choice([300, 600, 1200]), rng.choice([300, 600, 1200]), rng.randint(4000, 4999),
                rng.randint(30, 900))), small=False)
    return django("INFO", "consent", lambda L: L.t(
        "Consent form template PHOTO-MKT-v4 published by %s (supersedes v3, pdf=JVBERi0xLjcKJc%s...)" % (
            rng.choice(STAFF[5:])["user"], b62(24))), small=False)


# =====================================================================================
# postgres
# =====================================================================================
def pg(pid, who, level, msg_fn, small=True):
    t = clk.tick(0.01, 1.5) if small else clk.tick(2, 120)
    L = Ln("postgres")
    L.t(f_dot(t), " UTC [%d] " % pid, who + " " if who else "", level, ":  ")
    msg_fn(L)
    return emit(L)


def sqlq(s):
    return s.replace("'", "''")


def pg_slow_email(p):
    pid = rng.randint(20000, 40000)
    return pg(pid, "skincheck@skincheck", "LOG", lambda L: L.t(
        "duration: %.3f ms  statement: SELECT id, mrn, first_name, last_name FROM patients WHERE lower(email) = '" % rng.uniform(
            500, 3000)).p(p["email"], "email").t("' LIMIT 1"))


def pg_dup_email(p):
    pid = rng.randint(20000, 40000)
    pg(pid, "skincheck@skincheck", "ERROR", lambda L: L.t('duplicate key value violates unique constraint "patients_email_key"'))
    return pg(pid, "skincheck@skincheck", "DETAIL", lambda L: L.t("Key (lower(email::text))=(").p(p["email"], "email").t(
        ") already exists."))


def pg_params(p):
    pid = rng.randint(20000, 40000)
    pg(pid, "skincheck@skincheck", "LOG", lambda L: L.t(
        "duration: %.3f ms  execute <unnamed>: INSERT INTO consult_cases (case_no, patient_mrn, patient_dob, body_site, "
        "status) VALUES ($1, $2, $3, $4, 'NEW') ON CONFLICT (case_no) DO NOTHING" % rng.uniform(200, 1500)))
    return pg(pid, "skincheck@skincheck", "DETAIL", lambda L: L.t("parameters: $1 = '").p(p["case"], "other_id").t(
        "', $2 = '").p(p["mrn"], "mrn").t("', $3 = '").p(dfmt(p["dob"], "iso"), "date").t("', $4 = '%s'" % p["site"]))


def pg_update(p):
    pid = rng.randint(20000, 40000)
    return pg(pid, "pms@pms", "LOG", lambda L: L.t(
        "duration: %.3f ms  statement: UPDATE patient SET last_name = '" % rng.uniform(200, 2000)).p(
        sqlq(p["last"]), "name").t("', home_phone = '").p(phfmt(p["phone"], "plain"), "phone").t(
        "', updated_at = now() WHERE patient_id = '").p(p["pms"], "mrn").t("'"))


def pg_failrow(p):
    pid = rng.randint(20000, 40000)
    pg(pid, "pms@pms", "ERROR", lambda L: L.t('null value in column "primary_insurance_id" of relation "encounter" '
                                              'violates not-null constraint'))
    return pg(pid, "pms@pms", "DETAIL", lambda L: L.t("Failing row contains (%d, " % rng.randint(900000, 999999)).p(
        p["pms"], "mrn").t(", ").p(p["last"], "name").t(", ").p(p["first"], "name").t(", ").p(
        dfmt(p["dob"], "iso"), "date").t(", null, %s, DERM, t)." % p["loc"]))


def pg_noise():
    r = rng.random()
    if r < 0.15:
        return pg(88, "", "LOG", lambda L: L.t("checkpoint starting: time"), small=False)
    if r < 0.28:
        return pg(88, "", "LOG", lambda L: L.t(
            "checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, "
            "sync=%.3f s, total=%.3f s; sync files=%d, longest=0.004 s, average=0.001 s; distance=%d kB, estimate=%d kB; "
            "lsn=1A/%08X, redo lsn=1A/%08X" % (rng.randint(200, 4000), rng.uniform(0.5, 20), rng.randint(0, 3),
                                            rng.uniform(30, 270), rng.uniform(0, 0.1), rng.uniform(30, 270),
                                            rng.randint(10, 90), rng.randint(1000, 40000), rng.randint(1000, 40000),
                                            rng.getrandbits(32), rng.getrandbits(32))), small=False)
    if r < 0.42:
        pid = rng.randint(20000, 40000)
        return pg(pid, "[unknown]@[unknown]", "LOG", lambda L: L.t("connection received: host=%s port=%d" % (
            priv_ip(), rng.randint(32768, 60999))), small=False)
    if r < 0.54:
        pid = rng.randint(20000, 40000)
        db, app = rng.choice([("pms", "PostgreSQL JDBC Driver"), ("skincheck", "celery-worker"), ("cms", "django")])
        return pg(pid, "%s@%s" % (db, db), "LOG", lambda L: L.t(
            "connection authorized: user=%s database=%s application_name=%s SSL enabled (protocol=TLSv1.3, "
            "cipher=TLS_AES_256_GCM_SHA384, bits=256)" % (db, db, app)), small=False)
    if r < 0.66:
        pid = rng.randint(20000, 40000)
        return pg(pid, "", "LOG", lambda L: L.t(
            "automatic vacuum of table \"skincheck.public.upload_events\": index scans: 1; pages: 0 removed, %d remain, %d scanned (%.2f%% of total); tuples: %d removed, %d remain, 0 are dead but not "
            "yet removable" % (rng.randint(1000, 90000), rng.randint(100, 9000), rng.uniform(1, 40), rng.randint(100, 9000),
                               rng.randint(10 ** 5, 10 ** 7))), small=False)
    if r < 0.78:
        pid = rng.randint(20000, 40000)
        d0 = local(clk.t).date() + dt.timedelta(days=1)
        pg(pid, "pms@pms", "LOG", lambda L: L.t(
            "duration: %.3f ms  execute S_4: SELECT a.id, a.start_at, a.provider_id FROM appointment a WHERE "
            "a.location_id = $1 AND a.start_at >= $2 AND a.start_at < $3 ORDER BY a.start_at" % rng.uniform(500, 4000)),
            small=False)
        return pg(pid, "pms@pms", "DETAIL", lambda L: L.t("parameters: $1 = '%d', $2 = '%s 00:00:00-07', $3 = '%s 00:00:00-07'" % (
            rng.randint(1, 4), d0.isoformat(), (d0 + dt.timedelta(days=1)).isoformat())))
    if r < 0.88:
        pid = rng.randint(20000, 40000)
        return pg(pid, "skincheck@skincheck", "LOG", lambda L: L.t(
            "temporary file: path \"base/pgsql_tmp/pgsql_tmp%d.%d\", size %d" % (pid, rng.randint(0, 5),
                                                                                   rng.choice([10485760, 5242880, 20971520]))),
            small=False)
    pid = rng.randint(20000, 40000)
    return pg(pid, "skincheck@skincheck", "LOG", lambda L: L.t(
        "duration: %.3f ms  statement: SELECT count(*) FROM uploads WHERE status = 'PENDING' AND created_at < now() - "
        "interval '15 minutes'" % rng.uniform(500, 2500)), small=False)


# =====================================================================================
# on-call dermatologists' messages (relay text + Slack event JSON)
# =====================================================================================
def chat_text(author, items, small=False):
    t = clk.tick(5, 240) if not small else clk.tick(10, 90)
    L = Ln("oncall-relay")
    L.t(local(t).strftime("%Y-%m-%d %H:%M:%S"), " [#derm-oncall] ", author["user"], ": ")
    L.seq(*items)
    return emit(L)


def chat_slack(author, items, small=False):
    t = clk.tick(5, 240) if not small else clk.tick(10, 90)
    L = Ln("slack-event")
    ts = "%d.%06d" % (int(t.timestamp()), rng.randint(0, 999999))
    L.t('{"client_msg_id":"', uid4(), '","type":"message","text":"')
    for it in items:
        if isinstance(it, tuple):
            L.p(jinner(it[0], False), it[1])
        else:
            L.t(jinner(it, False))
    L.t('","user":"', author["slack"], '","ts":"', ts, '","team":"T01LUMENSK","channel":"C05DERMONC","event_ts":"', ts,
        '","channel_type":"channel"}')
    return emit(L)


def chat(author, items, small=False):
    return (chat_text if rng.random() < 0.55 else chat_slack)(author, items, small)


def chat_phi(p):
    d = rng.choice(DOCS)
    opts = []
    if p["key"] == "zofia":
        ec = p["ec"]
        opts.append([(fullname(p), "name"), " (", (str(p["age"]), "age"), ") - daughter ", (ec["first"], "name"),
                     " called, Mohs site on L cheek oozing since this afternoon. Call back ",
                     (phfmt(ec["phone"], "dash"), "phone"), ", photos are in case ", (p["case"], "other_id")])
    if p["key"] == "dmitri":
        opts.append(["AI flagged ", (p["first"], "name"), " ", (p["last"], "name"), " MRN ", (p["mrn"], "mrn"),
                     " upper back, dermoscopy honestly looks like an early melanoma. Can someone get him on the SDL "
                     "excision schedule tomorrow?"])
    if p["key"] == "kalani":
        opts.append([(p["first"], "name"), "'s iPLEDGE ID is ", (p["ipledge"], "other_id"),
                     ", month 3 counseling done, please confirm in the REMS portal before I send the Absorica script"])
    if p["key"] == "ingrid":
        opts.append(["son of ", (fullname(p), "name"), " (", (str(p["age"]), "age"), "yo, ", (p["city"], "address"),
                     ") faxed the wound "
                     "photos again, fax is ", (phfmt(p["ec"]["fax"], "paren"), "fax"),
                     " - I'll reply via portal instead"])
    if p["key"] == "henrik":
        opts.append(["heads up: ", (p["last"], "name"), " has a pacemaker, UDI ", (p["udi"], "device"),
                     ", bipolar only for tomorrow's Mohs"])
    if p["key"] == "lan":
        opts.append(["pt emailed hand photos from ", (p["email"], "email"), " instead of the app, can someone attach them to ",
                     (p["mrn"], "mrn"), "?"])
    if p["key"] == "siobhan":
        opts.append([(p["first"] + " " + p["last"], "name"), " DOB ", (dfmt(p["dob"], "us"), "date"),
                     " rosacea flare after IPL, swelling both cheeks, I called in doxy 40 to the Walgreens on Grant"])
    if not opts:
        opts.append(["new photos from ", (fullname(p), "name"), " (case ", (p["case"], "other_id"), ") look stable, "
                     "no need to move the appt on ", (p.get("appt", appt_dt()).strftime("%-m/%-d"), "date")])
    return chat(d, rng.choice(opts))


def chat_noise():
    d = rng.choice(STAFF)
    msgs = [
        "Handoff: %d urgent consults cleared, queue at %d, nothing pending overnight" % (rng.randint(1, 6), rng.randint(0, 15)),
        "PagerDuty INC-%d triggered: upload-api p95 latency > 2s (upload-api-6c9d7f8b9-kq2mx)" % rng.randint(40000, 49999),
        "anyone know why the Tempe dermatoscope (DL4 SN %s) won't pair with the clinic iPad?" % digits(8),
        "Mohs schedule for %s is full, overflow goes to Dr. %s" % (
            (local(clk.t).date() + dt.timedelta(days=rng.randint(1, 4))).strftime("%-m/%-d"), rng.choice(DOCS)["name"].split()[1]),
        "front desk main line is %s, fax %s if the pharmacy asks" % (MAIN_PHONE, MAIN_FAX),
        "reminder: AI classifier %s is shadow-only for acral lesions, don't rely on it" % MODEL,
        "lunch for the Scottsdale team at 12:30, %s" % SITES["SDL"]["addr"],
        "I'm covering for Dr. %s until 22:00, page me on 4412" % rng.choice(DOCS)["name"].split()[1],
        "teledermatology queue: %d new, %d awaiting photos, oldest %dh" % (rng.randint(0, 20), rng.randint(0, 9),
                                                                        rng.randint(1, 30)),
    ]
    return chat(d, [rng.choice(msgs)])


# =====================================================================================
# episodes
# =====================================================================================
DICOM_DONE = [0, 0]  # [dicom dumps so far, exiftool -G1 dump of a patient camera done]


def ep_upload(p):
    u = new_upload(p)
    clk.tick(20, 400)
    pino_meta(p, u)
    if rng.random() < 0.5:
        pino_file(u)
    if rng.random() < 0.7:
        pino_thumb(u)
    if p.get("gps") and rng.random() < 0.6:
        pino_exif_strip(p, u)
    if rng.random() < 0.4:
        pino_s3(u)
    pino_done(p, u, uploader(p))
    if rng.random() < 0.6:
        nginx_upload(p, u)
    tid = celery_ingest(p, u) if rng.random() < 0.5 else uid4()
    r = rng.random()
    if "cam" in p or (p.get("gps") and r < 0.5):
        if "cam" in p and not DICOM_DONE[1]:
            DICOM_DONE[1] = 1
            exif_g1_block(p, u)
        else:
            (exif_g1_block if rng.random() < 0.4 else exif_json_line)(p, u)
        if rng.random() < 0.5:
            piexif_line(p, u)
    elif r < 0.35:
        exif_json_line(p, u)
    elif r < 0.75:
        piexif_line(p, u)
    if rng.random() < 0.4:
        celery_deid(u)
    if rng.random() < 0.6:
        celery_ingest_ok(p, u, tid)
    if u["face"] and rng.random() < 0.6:
        celery_thumb_face(p, u)
    first = None
    if p["key"] == "dmitri":
        first = "melanoma"
    if rng.random() < 0.6:
        clf_predict(u, first)
    if p["key"] == "dmitri" and rng.random() < 0.7:
        clf_triage(p, u)
    if p["age"] > 89 and rng.random() < 0.6:
        clf_age(p, u)
    if rng.random() < 0.35:
        celery_notify(p)
    if DICOM_DONE[0] < 3 and rng.random() < (0.6 if p["key"] in ("zofia", "henrik", "dmitri", "ingrid") else 0.08):
        DICOM_DONE[0] += 1
        dicom_block(p, u, identified=DICOM_DONE[0] != 2)
    if rng.random() < 0.2:
        hl7_oru_block(p, u)
        celery_ehr_ok(p)
    if rng.random() < 0.4:
        rng.choice([pg_params, pg_slow_email if p.get("email") else pg_params])(p)


def ep_visit(p):
    clk.tick(20, 600)
    pms_book(p)
    if rng.random() < 0.6:
        pms_reminder(p)
    if p.get("mbr") and rng.random() < 0.7:
        pms_elig(p)
    pms_checkin(p)
    if p.get("dl") and rng.random() < 0.8:
        pms_idscan(p)
    if p["age"] > 89:
        pms_fallrisk(p)
    if p.get("kiosk"):
        pms_kiosk(p)
    if p.get("plate"):
        pms_parking(p)
    if p.get("vin"):
        pms_tpl(p)
    if p.get("udi") and rng.random() < 0.7:
        pms_udi(p)
    if p.get("pnr") and rng.random() < 0.5:
        pms_pnr(p)
    if p.get("iban") and rng.random() < 0.4:
        pms_refund(p)
    if p.get("curp") and rng.random() < 0.7:
        pms_curp(p)
    if p.get("ec", {}).get("fax") and rng.random() < 0.7:
        pms_roi(p)
    if p.get("card"):
        amt = rng.choice([150.0, 325.0, 650.0, 1200.0])
        pos_sale(p, amt)
        if rng.random() < 0.5:
            pos_track_debug(p)
        if rng.random() < 0.7:
            stripe_charge(p, int(amt * 100), p["dx"])
    if rng.random() < 0.3:
        rng.choice([pg_update, pg_failrow])(p)


def ep_aesthetic(p):
    clk.tick(20, 600)
    cms_consent(p)
    cms_rendition(p, "before")
    cms_rendition(p, "after")
    cms_publish(p)
    for _ in range(rng.randint(0, 2)):
        nginx_testimonial(p, p["pair"])
    if rng.random() < 0.4:
        django("INFO", "cdn", lambda L: L.t("CloudFront invalidation %s paths=['/results/testimonials/*'] status=InProgress"
                                            % ("I" + b62(13).upper())), small=False)


def ep_finance(p):
    clk.tick(20, 600)
    if p.get("finacct"):
        pms_financing(p)
        if rng.random() < 0.5:
            stripe_pi_meta(p, p["dx"], local(clk.t).date())
    if p.get("gu"):
        pms_guarantor_ssn(p)
        pms_payplan(p)


ACCOUNT_ACTION = {"dmitri": "login", "kalani": "device", "meiling": "peripheral", "farah": "facematch",
                  "aaliyah": "facematch", "priya": "facematch", "siobhan": "validation", "seun": "login",
                  "lan": "validation", "joaquin": "login"}


def ep_account(p):
    clk.tick(20, 600)
    act = ACCOUNT_ACTION.get(p["key"], "db")
    if act == "login":
        pino_login(p)
        if rng.random() < 0.7:
            nginx_user(p)
    elif act == "device":
        pino_device(p)
    elif act == "peripheral":
        pino_peripheral(p)
    elif act == "facematch":
        pino_facematch(p)
    elif act == "validation":
        pino_validation(p)
    elif p.get("email"):
        rng.choice([pg_dup_email, pg_slow_email])(p)
    else:
        pg_failrow(p)


def ep_oncall(p):
    for _ in range(rng.randint(0, 2)):
        chat_noise()
    chat_phi(p)
    if rng.random() < 0.5:
        chat(rng.choice(DOCS), [rng.choice(["on it", "seen, I'll call in 10", "booked for 8:15 tomorrow at SDL",
                                             "ok - documenting in the chart now", "thanks, ack"])], small=True)


def ep_mdm(p):
    clk.tick(20, 300)
    hl7_mdm_block(p)


NOISE = [(pino_noise, 14), (nginx_noise, 14), (celery_noise, 10), (clf_noise, 8), (exif_noise, 4), (hl7_noise, 6),
         (pms_noise, 12), (pos_noise, 7), (stripe_noise, 7), (cms_noise, 7), (pg_noise, 11), (chat_noise, 4)]
EPIS = [(ep_upload, 24), (ep_visit, 20), (ep_aesthetic, 7), (ep_finance, 5), (ep_account, 16), (ep_oncall, 10),
        (ep_mdm, 4)]


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for f, w in pairs:
        x -= w
        if x <= 0:
            return f
    return pairs[-1][0]


def pick_patient(ep):
    if ep is ep_aesthetic:
        return rng.choice([PBY[k] for k in ("priya", "farah", "meiling", "aaliyah", "siobhan")])
    if ep is ep_finance:
        return rng.choice([PBY["farah"], PBY["aaliyah"]])
    return rng.choice(PATS)


def build_plan():
    core, extra = [], []
    for p in PATS:
        core.append((ep_upload, p))
        if p["key"] in ("dmitri", "zofia", "meiling", "kalani", "henrik"):
            extra.append((ep_upload, p))
        core.append((ep_visit, p))
        (core if p["key"] in ACCOUNT_ACTION else extra).append((ep_account, p))
        if p["key"] in ("priya", "farah", "meiling", "aaliyah", "siobhan"):
            core.append((ep_aesthetic, p))
        if p["key"] in ("farah", "aaliyah"):
            core.append((ep_finance, p))
        if p["key"] in ("zofia", "dmitri", "kalani", "ingrid", "henrik", "lan", "siobhan", "seun"):
            core.append((ep_oncall, p))
        if p["key"] in ("zofia", "joaquin", "ingrid"):
            core.append((ep_mdm, p))
    rng.shuffle(core)
    return core


def generate():
    plan = build_plan()
    guard = 0
    while plan:
        guard += 1
        assert guard < 20000
        if phi_share() < TARGET_PHI:
            ep, p = plan.pop()
            ep(p)
        else:
            clk.tick(5, 150)
            wchoice(NOISE)()
    at_end = len(LINES)
    # an episode may run past N_LINES: the excerpt is simply cut, as a log excerpt would be
    while len(LINES) < N_LINES:
        clk.tick(5, 150)
        wchoice(NOISE)()
    del LINES[N_LINES:]
    return at_end


def main():
    left = generate()
    out_log = os.path.join(HERE, ID + ".log")
    out_lab = os.path.join(HERE, ID + ".labels.jsonl")
    cats = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
            "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}
    with open(out_log, "wb") as fl, open(out_lab, "w", encoding="utf-8", newline="\n") as fj:
        for i, L in enumerate(LINES, 1):
            b = bytes(L.b)
            assert b"\n" not in b and b"\r" not in b, (i, b[:80])
            assert len(b) <= 4000, (i, len(b))
            b.decode("utf-8")
            spans = sorted(L.sp)
            last = 0
            for s, e, cat, val in spans:
                assert cat in cats, cat
                assert b[s:e] == val, (i, s, e)
                assert s >= last and e > s, (i, spans)
                last = e
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": i, "family": L.fam,
                                 "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]},
                                ensure_ascii=False) + "\n")
    n_phi = sum(1 for L in LINES if L.sp)
    print("lines=%d phi_lines=%d no_phi_share=%.3f plan_done_at_line=%d" % (
        len(LINES), n_phi, 1 - n_phi / float(len(LINES)), left))


if __name__ == "__main__":
    main()
