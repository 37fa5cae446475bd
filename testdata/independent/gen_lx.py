#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""gen_lx.py -- independent labeled log corpus with synthetic PHI.

Theme: IT systems of a (fictitious) Japanese hospital, 東都医療センター / Toto Medical
Center, with an international patient desk (国際診療部 / IPD).  Java EMR and order
entry (logback), .NET services (console ILogger, JSON console formatter with
System.Text.Json escaping, Serilog CLEF), HL7 v2.5 (JAHIS/SS-MIX2 style, UTF-8 and
ISO-2022-JP as logged), SS-MIX2 standardized-storage paths, レセプト電算 (UKE) CSV
records and receipt check CSV, SMS / e-mail reminders (ja/ko/zh/vi/en), postfix
maillog, interpreter booking logs, insurance-card OCR JSON, オンライン資格確認 XML,
My Number card reader logs, Windows event logs (XML, Snare syslog, NXLog JSON),
nginx access logs, EMR audit CSV, parking validation, IPD coordinator notes and
free-text nursing notes (看護記録).

Writes lx.log (500 lines) and lx.labels.jsonl next to this file.  Standard library
only, deterministic (random.Random(20240314), fixed clock, no time/os randomness).
All people, numbers and addresses are synthetic.

Labeling decisions:
- Spans cover the value exactly as written in the line (escaped forms included:
  System.Text.Json \\uXXXX escapes, URL %-encoding, ISO-2022-JP bytes with ESC
  rendered as <ESC> or \\u001B).  Keys, labels, quotes, "〒", "TEL:" are excluded.
- A name written as one string is one span ("山田　太郎", "Yamada, Taro", "KIM MINJUN");
  structured name components (HL7 XPN family^given, separate CSV/XML fields) are
  separate spans.  Honorifics (様, さん, 님, 先生, Mr.) are outside the span.
- Labeled people: patients, relatives, emergency contacts, insured persons
  (subscribers), guarantors.  Not labeled: doctors, nurses, interpreters,
  coordinators, clerks (names, staff IDs like N0452, PHS/内線, staff mobiles),
  the hospital, insurers, vendors, their phone/fax/e-mail/URLs.
- address: whole street address in one span, including 都道府県 when written
  together; a prefecture/country/US state written alone is not labeled.  Postal
  codes are zip (〒 excluded), also Korean/Chinese/US/UK postal codes of patients.
- date: birth, admission, discharge, service/visit, appointment, onset (診療開始日),
  observation, eligibility-check date (QualificationConfirmationDate), record date
  of a nursing note, SS-MIX2 診療日 (directory and file name), dates on a patient's
  cards/documents (交付年月日, 資格取得年月日, 有効期限, passport expiry), and
  patient-level year+month (UKE RE 診療年月, 診療年月 column).  For date-times only
  the date part is labeled (time, weekday, timezone are outside).  Not labeled:
  log/record timestamps of the software, HL7 MSH-7/EVN/ORC-9 and SS-MIX2 発生日時
  (system timestamps), facility-level months (請求年月, master versions), year alone.
- age: only ages over 89; the span is the digits only ("92" in "92歳").
- mrn: hospital patient ID / カルテ番号 (10 digits) wherever it appears in full,
  also inside SS-MIX2 paths and file names; the 3-digit bucket directories of
  SS-MIX2 (first three / next three digits) are not labeled.
- health_plan: 記号 and 番号 of the insurance card (separate spans when separate
  fields; one span when written together, with 枝番 if joined), 後期高齢者 and
  介護保険 被保険者番号, 公費受給者番号, travel-insurance policy numbers, US member IDs.
  Not labeled: 保険者番号 and 公費負担者番号 (identify the payer, an organisation),
  a 2-digit 枝番 written alone.
- ssn: US SSNs and the Japanese 個人番号 (My Number, 12 digits, valid check digit),
  both being national person identifiers.
- account: full payment card numbers, bank account numbers for refunds, IPD
  self-pay deposit accounts (SA-...).  Masked cards (last 4 only) are not labeled;
  public test card numbers in sandbox logs are not labeled.
- license: driver's licence, passport, 在留カード numbers of patients.
- other_id: visit/encounter numbers (PV1-19, encounterNo), IPD case numbers,
  patient messenger IDs (LINE/KakaoTalk/WeChat), patient portal login IDs, the
  JPKI certificate serial of a patient's My Number card.  Not labeled: order
  numbers, booking IDs, SMS/message/queue IDs, receipt serial and 検索番号, HL7
  control IDs, trace/span IDs, UUIDs, parking tickets.
- vehicle: number plates linked to a patient (parking validation).
- device: serials/UDI of devices implanted in or used by a patient (pacemaker,
  CGM sensor, insulin pump, home BP monitor serial and MAC).  Hospital devices
  (card readers, printers, workstations, infusion pumps) are not labeled.
- ip: public client IPs of patient-portal / inquiry-form requests.  Internal
  10.x addresses, mail relays, crawlers and monitoring probes are not labeled.
- url: personal URLs of patients (SNS/blog); hospital/vendor URLs are not.
- email/phone/fax: those of patients and their relatives only.
- photo: base64 JPEG face capture of the patient; biometric: face template.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import urllib.parse
import uuid

ID = "lx"
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20240314)
TODAY = dt.date(2024, 3, 14)


# --------------------------------------------------------------------------- core
class P:
    """A labeled (cat) or plain (cat=None) piece of text."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat=None):
        self.v = v
        self.cat = cat


class D(list):
    """JSON object: list of (key, value)."""


class S(list):
    """JSON string value assembled from pieces (str or P)."""


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []

    def x(self, *pieces):
        for pc in pieces:
            if isinstance(pc, P):
                txt = str(pc.v)
                s = len(self.buf)
                self.buf += txt.encode("utf-8")
                if pc.cat:
                    self.spans.append((s, len(self.buf), pc.cat, txt))
            elif isinstance(pc, (list, tuple)):
                self.x(*pc)
            else:
                self.buf += pc.encode("utf-8")
        return self

    def check(self):
        b = bytes(self.buf)
        assert b, "empty line"
        assert b"\n" not in b and b"\r" not in b, b
        b.decode("utf-8")
        last = 0
        for s, e, cat, txt in self.spans:
            assert b[s:e] == txt.encode("utf-8"), (b[s:e], txt)
            assert s >= last and e > s, (self.fam, b)
            last = e
        return b


def mapp(pieces, fn):
    """Apply a char-wise escaping function to str and P pieces alike."""
    out = []
    for pc in pieces:
        if isinstance(pc, P):
            out.append(P(fn(str(pc.v)), pc.cat))
        else:
            out.append(fn(pc))
    return out


# ----------------------------------------------------------------- escaping
def stj(s):
    """System.Text.Json default (JavaScriptEncoder.Default) escaping."""
    o = []
    for ch in s:
        c = ord(ch)
        if ch == "\\":
            o.append("\\\\")
        elif ch == "\n":
            o.append("\\n")
        elif ch == "\r":
            o.append("\\r")
        elif ch == "\t":
            o.append("\\t")
        elif c < 0x20 or ch in "\"&'<>+`" or c > 0x7E:
            if c > 0xFFFF:
                c -= 0x10000
                o.append("\\u%04X\\u%04X" % (0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF)))
            else:
                o.append("\\u%04X" % c)
        else:
            o.append(ch)
    return "".join(o)


def jstr(s, mode):
    if mode == "raw":
        return json.dumps(s, ensure_ascii=False)[1:-1]
    if mode == "ascii":
        return json.dumps(s)[1:-1]
    return stj(s)


def jval(v, mode):
    if isinstance(v, D):
        out = ["{"]
        for i, (k, val) in enumerate(v):
            if i:
                out.append(",")
            out.append('"' + jstr(k, mode) + '":')
            out.extend(jval(val, mode))
        out.append("}")
        return out
    if isinstance(v, S):
        return ['"'] + mapp(list(v), lambda t: jstr(t, mode)) + ['"']
    if isinstance(v, list):
        out = ["["]
        for i, val in enumerate(v):
            if i:
                out.append(",")
            out.extend(jval(val, mode))
        out.append("]")
        return out
    if isinstance(v, P):
        if isinstance(v.v, str):
            return ['"', P(jstr(v.v, mode), v.cat), '"']
        return [P(json.dumps(v.v), v.cat)]
    if isinstance(v, str):
        return ['"' + jstr(v, mode) + '"']
    return [json.dumps(v)]


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def iso_jp(s, esc="<ESC>"):
    return s.encode("iso2022_jp").decode("ascii").replace("\x1b", esc)


def iso_jp_json(s):
    t = s.encode("iso2022_jp").decode("ascii")
    return t.replace("\\", "\\\\").replace('"', '\\"').replace("\x1b", "\\u001B")


def fw(s):
    return s.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))


# ------------------------------------------------------------------ random utils
def rd(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def rdnz(n):
    return R.choice("123456789") + rd(n - 1)


def hexs(n, up=False):
    h = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return h.upper() if up else h


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def b64blob(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def ch(seq):
    return R.choice(seq)


def wch(pairs):
    tot = sum(w for _, w in pairs)
    r = R.uniform(0, tot)
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


def luhn(prefix, length=16):
    body = prefix + rd(length - len(prefix) - 1)
    s = 0
    for i, d in enumerate(reversed(body)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return body + str((10 - s % 10) % 10)


def mynumber():
    body = rdnz(11)
    tot = 0
    for n in range(1, 12):
        pn = int(body[11 - n])
        qn = n + 1 if n <= 6 else n - 5
        tot += pn * qn
    r = tot % 11
    return body + str(0 if r <= 1 else 11 - r)


def ssn():
    a = R.randint(101, 665)
    return f"{a:03d}-{R.randint(10, 99):02d}-{R.randint(1000, 9999):04d}"


# ------------------------------------------------------------------------ dates
ERAS = [("令和", "R", 5, dt.date(2019, 5, 1)), ("平成", "H", 4, dt.date(1989, 1, 8)),
        ("昭和", "S", 3, dt.date(1926, 12, 25)), ("大正", "T", 2, dt.date(1912, 7, 30))]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD_JA = "月火水木金土日"
WD_KO = "월화수목금토일"
WD_ZH = "一二三四五六日"
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def era(d):
    for n, a, c, s in ERAS:
        if d >= s:
            return n, a, c, d.year - s.year + 1
    raise ValueError(d)


def wareki(d, gan=True):
    n, a, c, y = era(d)
    ys = "元" if (y == 1 and gan) else str(y)
    return f"{n}{ys}年{d.month}月{d.day}日"


def gcode(d):
    n, a, c, y = era(d)
    return f"{c}{y:02d}{d.month:02d}{d.day:02d}"


def gcode_ym(d):
    n, a, c, y = era(d)
    return f"{c}{y:02d}{d.month:02d}"


def fdate(d, st):
    n, a, c, y = era(d)
    return {
        "iso": d.isoformat(),
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "slash1": f"{d.year}/{d.month}/{d.day}",
        "compact": d.strftime("%Y%m%d"),
        "jp": f"{d.year}年{d.month}月{d.day}日",
        "wareki": wareki(d),
        "wshort": f"{a}{y}.{d.month}.{d.day}",
        "wshortp": f"{a}{y:02d}.{d.month:02d}.{d.day:02d}",
        "wcompact": f"{a}{y:02d}{d.month:02d}{d.day:02d}",
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "eu": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dmy": f"{d.day} {MON[d.month - 1]} {d.year}",
        "dmy_up": f"{d.day:02d}{MON[d.month - 1].upper()}{d.year}",
        "ko": f"{d.year}년 {d.month}월 {d.day}일",
        "dot": f"{d.year}.{d.month}.{d.day}",
        "fwjp": fw(f"{d.year}年{d.month}月{d.day}日"),
        "fwwareki": fw(wareki(d)),
        "dmys": f"{d.day:02d}/{d.month:02d}/{d.year}",
    }[st]


def age_of(d):
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def rdate(y0, y1):
    return dt.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


def appt_date():
    return TODAY + dt.timedelta(days=R.randint(1, 27))


def appt_time():
    return f"{R.randint(9, 16)}:{ch(['00', '15', '30', '45'])}"


# ------------------------------------------------------------------------ clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 14, 7, 58, 12, 123000)

    def tick(self, lo=0.3, hi=35.0):
        self.t += dt.timedelta(seconds=R.uniform(lo, hi))
        return self.t


CLK = Clock()


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def ts_lb(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def ts_l4j(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_isoj(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "+09:00"


def ts_utc7(t):
    u = t - dt.timedelta(hours=9)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond:06d}{R.randint(0, 9)}Z"


def ts_utc3(t):
    u = t - dt.timedelta(hours=9)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_sys(t):
    return t.strftime("%b %d %H:%M:%S")


def ts_ngx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0900")


def ts_jsl(t):
    return t.strftime("%Y/%m/%d %H:%M:%S.") + ms(t)


def ts_hl7(t):
    return t.strftime("%Y%m%d%H%M%S")


# ----------------------------------------------------------------------- phones
CC = {"JP": "81", "KR": "82", "CN": "86", "TW": "886", "US": "1", "GB": "44", "DE": "49",
      "AE": "971", "IN": "91", "RU": "7", "TH": "66", "FR": "33", "VN": "84", "PH": "63",
      "BR": "55"}


def jp_mobile():
    return ("JP", [ch(["090", "080", "070"]), rdnz(4), rd(4)])


def jp_land():
    area, n = ch([("03", 4), ("06", 4), ("045", 3), ("0422", 2), ("011", 3), ("092", 3),
                  ("048", 3), ("047", 3), ("052", 3), ("0466", 2)])
    return ("JP", [area, rdnz(n), rd(4)])


def foreign_mobile(cc):
    if cc == "KR":
        return ("KR", ["010", rdnz(4), rd(4)])
    if cc in ("CN",):
        return ("CN", [ch(["138", "139", "186", "135", "158"]), rd(4), rd(4)])
    if cc == "TW":
        return ("TW", ["09" + rd(2), rd(3), rd(3)])
    if cc == "US":
        return ("US", [ch(["206", "415", "312", "617", "808"]), rdnz(3), rd(4)])
    if cc == "GB":
        return ("GB", ["07" + rd(3), rd(6)])
    if cc == "DE":
        return ("DE", ["01" + ch(["51", "60", "70", "76"]), rd(8)])
    if cc == "AE":
        return ("AE", ["05" + rd(1), rd(3), rd(4)])
    if cc == "IN":
        return ("IN", [ch(["98", "99", "94"]) + rd(3), rd(5)])
    if cc == "RU":
        return ("RU", ["9" + rd(2), rd(3), rd(2), rd(2)])
    if cc == "TH":
        return ("TH", ["08" + rd(1), rd(3), rd(4)])
    if cc == "FR":
        return ("FR", ["06", rd(2), rd(2), rd(2), rd(2)])
    return ("JP", [ch(["090", "080"]), rdnz(4), rd(4)])


def fphone(ph, st=None):
    cc, g = ph
    code = CC[cc]
    if cc == "JP":
        st = st or ch(["hy", "hy", "hy", "plain", "sp", "intl", "intl_sp", "e164", "fw", "paren"])
        return {"hy": "-".join(g), "plain": "".join(g), "sp": " ".join(g),
                "intl": "+81-" + g[0][1:] + "-" + g[1] + "-" + g[2],
                "intl_sp": "+81 " + g[0][1:] + " " + g[1] + " " + g[2],
                "e164": "+81" + g[0][1:] + g[1] + g[2], "e164n": "81" + g[0][1:] + g[1] + g[2],
                "fw": fw("-".join(g)), "paren": f"({g[0]}){g[1]}-{g[2]}"}[st]
    if cc == "KR":
        st = st or ch(["hy", "plain", "intl", "intl_sp", "e164"])
        return {"hy": "-".join(g), "plain": "".join(g), "intl": "+82-10-" + g[1] + "-" + g[2],
                "intl_sp": "+82 10 " + g[1] + " " + g[2], "e164": "+8210" + g[1] + g[2],
                "e164n": "8210" + g[1] + g[2]}.get(st, "-".join(g))
    if cc == "US":
        st = st or ch(["hy", "paren", "intl", "e164"])
        return {"hy": "-".join(g), "paren": f"({g[0]}) {g[1]}-{g[2]}",
                "intl": "+1 " + "-".join(g), "e164": "+1" + "".join(g),
                "e164n": "1" + "".join(g)}.get(st, "-".join(g))
    nat = list(g)
    if nat[0].startswith("0") and cc not in ("CN",):
        nat[0] = nat[0][1:]
    st = st or ch(["intl", "e164", "intl"])
    if st == "e164":
        return "+" + code + "".join(nat)
    if st == "e164n":
        return code + "".join(nat)
    if st == "hy" and cc == "CN":
        return "-".join(g)
    return "+" + code + " " + " ".join(nat)


# ------------------------------------------------------------------------ people
JP_SUR = [("山田", "ヤマダ", "Yamada"), ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"),
          ("髙橋", "タカハシ", "Takahashi"), ("田中", "タナカ", "Tanaka"), ("渡辺", "ワタナベ", "Watanabe"),
          ("伊藤", "イトウ", "Ito"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
          ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
          ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("長谷川", "ハセガワ", "Hasegawa"),
          ("斎藤", "サイトウ", "Saito"), ("大和田", "オオワダ", "Owada"), ("東海林", "ショウジ", "Shoji"),
          ("五十嵐", "イガラシ", "Igarashi"), ("小鳥遊", "タカナシ", "Takanashi"), ("比嘉", "ヒガ", "Higa"),
          ("金城", "キンジョウ", "Kinjo"), ("勅使河原", "テシガハラ", "Teshigahara"), ("森", "モリ", "Mori"),
          ("野々村", "ノノムラ", "Nonomura"), ("菅原", "スガワラ", "Sugawara")]
JP_GIV_M = [("太郎", "タロウ", "Taro"), ("翔太", "ショウタ", "Shota"), ("健一", "ケンイチ", "Kenichi"),
            ("大輔", "ダイスケ", "Daisuke"), ("蓮", "レン", "Ren"), ("清", "キヨシ", "Kiyoshi"),
            ("誠", "マコト", "Makoto"), ("悠真", "ユウマ", "Yuma"), ("勇", "イサム", "Isamu"),
            ("正一", "ショウイチ", "Shoichi"), ("湊", "ミナト", "Minato")]
JP_GIV_F = [("花子", "ハナコ", "Hanako"), ("美咲", "ミサキ", "Misaki"), ("陽菜", "ヒナ", "Hina"),
            ("さくら", "サクラ", "Sakura"), ("結衣", "ユイ", "Yui"), ("トメ", "トメ", "Tome"),
            ("ハル", "ハル", "Haru"), ("千代子", "チヨコ", "Chiyoko"), ("和子", "カズコ", "Kazuko"),
            ("芽依", "メイ", "Mei"), ("久美子", "クミコ", "Kumiko")]

JP_PLACES = [("東京都", "世田谷区", "北沢", "155-0031"), ("東京都", "港区", "南麻布", "106-0047"),
             ("東京都", "江東区", "豊洲", "135-0061"), ("神奈川県", "横浜市港北区", "日吉", "223-0061"),
             ("埼玉県", "さいたま市浦和区", "高砂", "330-0063"), ("千葉県", "市川市", "八幡", "272-0021"),
             ("大阪府", "大阪市北区", "天神橋", "530-0041"), ("東京都", "武蔵野市", "吉祥寺本町", "180-0004"),
             ("東京都", "足立区", "千住", "120-0034"), ("東京都", "新宿区", "大久保", "169-0072"),
             ("東京都", "豊島区", "池袋", "171-0014"), ("北海道", "札幌市中央区", "南一条西", "060-0061"),
             ("沖縄県", "那覇市", "首里当蔵町", "903-0812"), ("東京都", "文京区", "本郷", "113-0033"),
             ("神奈川県", "藤沢市", "鵠沼海岸", "251-0037")]
BUILDINGS = ["コーポ北沢", "パークハウス", "メゾン・ド・ソレイユ", "グランドメゾン", "サンハイツ", "レジデンス本郷",
             "第二青葉荘", "ライオンズマンション"]

# native, his_fam, his_giv, kana_fam, kana_giv, rom_fam, rom_giv, sex, lang, cc, resident
FOREIGN = [
    ("김민준", "KIM", "MINJUN", "キム", "ミンジュン", "Kim", "Minjun", "M", "ko", "KR", False),
    ("이서연", "LEE", "SEOYEON", "イ", "ソヨン", "Lee", "Seo-yeon", "F", "ko", "KR", False),
    ("박지훈", "朴", "智勲", "パク", "ジフン", "Park", "Ji-hoon", "M", "ko", "KR", True),
    ("최유나", "CHOI", "YUNA", "チェ", "ユナ", "Choi", "Yuna", "F", "ko", "KR", False),
    ("王伟", "王", "偉", "ワン", "ウェイ", "Wang", "Wei", "M", "zh", "CN", False),
    ("李娜", "李", "娜", "リ", "ナ", "Li", "Na", "F", "zh", "CN", True),
    ("张晓明", "張", "暁明", "チャン", "シャオミン", "Zhang", "Xiaoming", "M", "zh", "CN", False),
    ("陈美玲", "陳", "美玲", "チェン", "メイリン", "Chen", "Meiling", "F", "zh", "CN", False),
    ("林志豪", "林", "志豪", "リン", "ジーハオ", "Lin", "Chih-Hao", "M", "zh-TW", "TW", False),
    ("Nguyễn Văn An", "NGUYEN", "VAN AN", "グエン", "ヴァン　アン", "Nguyen", "Van An", "M", "vi", "VN", True),
    ("Trần Thị Mai", "TRAN", "THI MAI", "チャン", "ティ　マイ", "Tran", "Thi Mai", "F", "vi", "VN", True),
    ("Emily O'Connor", "O'CONNOR", "EMILY", "オコナー", "エミリー", "O'Connor", "Emily", "F", "en", "US", False),
    ("James McAllister-Brown", "MCALLISTER-BROWN", "JAMES", "マカリスター＝ブラウン", "ジェームズ",
     "McAllister-Brown", "James", "M", "en", "GB", False),
    ("Lucas Tanaka da Silva", "DA SILVA", "LUCAS TANAKA", "ダ　シルバ", "ルーカス　タナカ", "da Silva",
     "Lucas Tanaka", "M", "pt", "BR", True),
    ("Anna-Lena von Bergen", "VON BERGEN", "ANNA-LENA", "フォン　ベルゲン", "アンナ＝レーナ", "von Bergen",
     "Anna-Lena", "F", "de", "DE", False),
    ("Omar al-Farsi", "AL-FARSI", "OMAR", "アル　ファルシ", "オマル", "al-Farsi", "Omar", "M", "en", "AE", False),
    ("Priya Venkataraman", "VENKATARAMAN", "PRIYA", "ヴェンカタラマン", "プリヤ", "Venkataraman", "Priya",
     "F", "en", "IN", False),
    ("Maria Cristina Dela Cruz", "DELA CRUZ", "MARIA CRISTINA", "デラクルス", "マリア　クリスティーナ",
     "Dela Cruz", "Maria Cristina", "F", "en", "PH", True),
    ("Ekaterina Volkova", "VOLKOVA", "EKATERINA", "ヴォルコワ", "エカテリーナ", "Volkova", "Ekaterina",
     "F", "ru", "RU", False),
    ("Somchai Wongsawat", "WONGSAWAT", "SOMCHAI", "ウォンサワット", "ソムチャイ", "Wongsawat", "Somchai",
     "M", "en", "TH", False),
    ("Jean-Baptiste de La Fontaine", "DE LA FONTAINE", "JEAN-BAPTISTE", "ド　ラ　フォンテーヌ",
     "ジャン＝バティスト", "de La Fontaine", "Jean-Baptiste", "M", "en", "FR", False),
]
HOME_ADDR = {
    "KR": [("서울특별시 강남구 테헤란로 152, 1203호", "06236"), ("부산광역시 해운대구 우동 1408-3", "48095"),
           ("경기도 성남시 분당구 정자일로 95, 301동 1102호", "13561")],
    "CN": [("上海市浦东新区世纪大道1000号3栋1502室", "200120"), ("北京市朝阳区建国路88号SOHO现代城2号楼1805", "100022"),
           ("广东省深圳市南山区科技园南路16号", "518057")],
    "TW": [("臺北市大安區忠孝東路四段100號5樓", "106")],
    "US": [("4217 Maple Ave Apt 5B, Seattle", "WA", "98103")],
    "GB": [("14 Hartfield Road, Wimbledon, London", "SW19 3TA")],
    "DE": [("Lindenstraße 23, Hamburg", "20095")],
    "AE": [("Villa 12, Street 7, Al Barsha 2, Dubai", "")],
    "IN": [("Flat 4B, Lakshmi Apartments, 12 TTK Road, Alwarpet, Chennai", "600018")],
    "RU": [("ул. Тверская, д. 12, кв. 45, Москва", "125009")],
    "TH": [("88/12 Sukhumvit Soi 31, Khlong Toei Nuea, Watthana, Bangkok", "10110")],
    "FR": [("12 rue des Lilas, Lyon", "69003")],
}
SPOUSE = {
    "KR": [("정수빈", "JUNG", "SUBIN", "チョン", "スビン", "Jung", "Su-bin"),
           ("강현우", "KANG", "HYUNWOO", "カン", "ヒョヌ", "Kang", "Hyun-woo")],
    "CN": [("刘芳", "劉", "芳", "リュウ", "ファン", "Liu", "Fang"), ("杨强", "楊", "強", "ヤン", "チャン", "Yang", "Qiang")],
    "TW": [("黃雅婷", "黃", "雅婷", "ホアン", "ヤーティン", "Huang", "Ya-Ting")],
    "VN": [("Phạm Thị Hoa", "PHAM", "THI HOA", "ファム", "ティ　ホア", "Pham", "Thi Hoa")],
    "US": [("Daniel O'Connor", "O'CONNOR", "DANIEL", "オコナー", "ダニエル", "O'Connor", "Daniel")],
    "GB": [("Sophie McAllister-Brown", "MCALLISTER-BROWN", "SOPHIE", "マカリスター＝ブラウン", "ソフィー",
            "McAllister-Brown", "Sophie")],
    "BR": [("Juliana Tanaka da Silva", "DA SILVA", "JULIANA", "ダ　シルバ", "ジュリアナ", "da Silva", "Juliana")],
    "DE": [("Markus von Bergen", "VON BERGEN", "MARKUS", "フォン　ベルゲン", "マルクス", "von Bergen", "Markus")],
    "AE": [("Fatima al-Farsi", "AL-FARSI", "FATIMA", "アル　ファルシ", "ファティマ", "al-Farsi", "Fatima")],
    "IN": [("Arjun Venkataraman", "VENKATARAMAN", "ARJUN", "ヴェンカタラマン", "アルジュン", "Venkataraman", "Arjun")],
    "PH": [("Jose Dela Cruz", "DELA CRUZ", "JOSE", "デラクルス", "ホセ", "Dela Cruz", "Jose")],
    "RU": [("Dmitri Volkov", "VOLKOV", "DMITRI", "ヴォルコフ", "ドミトリー", "Volkov", "Dmitri")],
    "TH": [("Malee Wongsawat", "WONGSAWAT", "MALEE", "ウォンサワット", "マリー", "Wongsawat", "Malee")],
    "FR": [("Claire de La Fontaine", "DE LA FONTAINE", "CLAIRE", "ド　ラ　フォンテーヌ", "クレール",
            "de La Fontaine", "Claire")],
}
MAIL_DOM = {"JP": ["docomo.ne.jp", "ezweb.ne.jp", "i.softbank.jp", "gmail.com", "yahoo.co.jp", "icloud.com"],
            "KR": ["naver.com", "daum.net", "gmail.com"], "CN": ["qq.com", "163.com", "126.com"],
            "TW": ["gmail.com", "yahoo.com.tw"], "US": ["gmail.com", "outlook.com"], "GB": ["hotmail.co.uk"],
            "DE": ["web.de", "gmx.de"], "AE": ["gmail.com"], "IN": ["gmail.com", "rediffmail.com"],
            "RU": ["mail.ru", "yandex.ru"], "TH": ["gmail.com"], "FR": ["orange.fr"], "VN": ["gmail.com"],
            "PH": ["yahoo.com"], "BR": ["gmail.com", "uol.com.br"]}
INSURERS = [("06139012", "みなと精機健康保険組合", "06^組合管掌健康保険^JHSD0001"),
            ("06273455", "関西鉄道健康保険組合", "06^組合管掌健康保険^JHSD0001"),
            ("01130012", "全国健康保険協会 東京支部", "01^協会けんぽ^JHSD0001"),
            ("01140019", "全国健康保険協会 神奈川支部", "01^協会けんぽ^JHSD0001"),
            ("31130214", "東京都職員共済組合", "31^共済組合^JHSD0001")]
KOKUHO = [("138123", "世田谷区", "世田"), ("138016", "新宿区", "新宿"), ("131045", "足立区", "足")]
TRAVEL_INS = [("KR", "한화손해보험", "HW-TRV-{}"), ("KR", "삼성화재", "SF{}-KR"), ("CN", "中国平安", "PA-CN-{}"),
              ("CN", "中国人保", "PICC{}"), ("US", "GeoBlue", "GBX{}"), ("GB", "Allianz Care", "AC/{}/T"),
              ("AE", "Daman", "DMN-{}"), ("DE", "AXA Reise", "AXA-R-{}"), ("IN", "Tata AIG", "TAIG{}"),
              ("RU", "Ingosstrakh", "IG-{}"), ("TH", "Muang Thai", "MTL{}"), ("FR", "AXA Assistance", "AXAF{}"),
              ("TW", "國泰產險", "CT{}")]
PASSPORT = {"KR": lambda: "M" + rd(8), "CN": lambda: "E" + ch("ABGH") + rd(7), "TW": lambda: "3" + rd(8),
            "US": lambda: rdnz(9), "GB": lambda: rdnz(9), "DE": lambda: "C" + "".join(ch("FGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
            "AE": lambda: "N" + rd(7), "IN": lambda: ch("JKLMNPRSTVWZ") + rd(7), "RU": lambda: "7" + rd(8),
            "TH": lambda: "AA" + rd(7), "FR": lambda: rd(2) + ch(["AB", "CD", "FX"]) + rd(5),
            "VN": lambda: "C" + rd(7), "PH": lambda: "P" + rd(7) + "A", "BR": lambda: "FZ" + rd(6),
            "JP": lambda: ch(["TK", "TR", "TZ", "MZ"]) + rd(7)}


def jp_address():
    pref, city, town, zc = ch(JP_PLACES)
    a, b, c = R.randint(1, 5), R.randint(1, 30), R.randint(1, 20)
    st = R.randint(0, 4)
    if st == 0:
        s = f"{pref}{city}{town}{a}丁目{b}番{c}号"
    elif st == 1:
        s = f"{pref}{city}{town}{a}-{b}-{c}"
    elif st == 2:
        s = f"{pref}{city}{town}{fw(f'{a}-{b}-{c}')}"
    elif st == 3:
        s = f"{pref}{city}{town}{a}-{b}-{c} {ch(BUILDINGS)}{R.randint(1, 9)}0{R.randint(1, 9)}号室"
    else:
        s = f"{pref}{city}{town}{a}丁目{b}-{c} {ch(BUILDINGS)} {R.randint(1, 12)}0{R.randint(1, 9)}"
    return s, zc, pref


def mk_email(rf, rg, cc):
    dom = ch(MAIL_DOM.get(cc, ["gmail.com"]))
    if dom == "qq.com":
        return rdnz(R.randint(8, 10)) + "@qq.com"
    f = "".join(c for c in rf.lower() if c.isalnum())
    g = "".join(c for c in rg.lower() if c.isalnum())
    st = R.randint(0, 4)
    local = [f"{g}.{f}{rd(2)}", f"{f}_{g}", f"{g[0]}{f}{rd(3)}", f"{g}-{f}", f"{f}.{g}.{rd(4)}"][st]
    return f"{local}@{dom}"


PEOPLE = []


def mk_person_jp():
    sex = ch("MF")
    sf = ch(JP_SUR)
    gv = ch(JP_GIV_M if sex == "M" else JP_GIV_F)
    r = R.random()
    if r < 0.2:
        dob = rdate(1928, 1933)
    elif r < 0.3:
        dob = rdate(2012, 2021)
    else:
        dob = rdate(1938, 2003)
    addr, zc, pref = jp_address()
    p = dict(jp=True, native=sf[0] + gv[0], hf=sf[0], hg=gv[0], kf=sf[1], kg=gv[1], rf=sf[2], rg=gv[2],
             sex=sex, dob=dob, lang="ja", cc="JP", resident=True, addr=addr, zip=zc, pref=pref,
             mobile=jp_mobile(), home=jp_land(), email=mk_email(sf[2], gv[2], "JP"))
    return p


def mk_person_foreign(t):
    native, hf, hg, kf, kg, rf, rg, sex, lang, cc, resident = t
    if rf == "Wongsawat":
        dob = dt.date(1931, 8, 17)
    elif rf == "Volkova":
        dob = dt.date(1933, 2, 5)
    else:
        dob = rdate(1950, 2001)
    p = dict(jp=False, native=native, hf=hf, hg=hg, kf=kf, kg=kg, rf=rf, rg=rg, sex=sex, dob=dob, lang=lang,
             cc=cc, resident=resident, email=mk_email(rf, rg, cc))
    if resident:
        addr, zc, pref = jp_address()
        p.update(addr=addr, zip=zc, pref=pref, mobile=jp_mobile(), home=jp_land(),
                 zairyu="".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + rd(8) +
                 "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)))
    else:
        h = ch(HOME_ADDR.get(cc, [("", "")]))
        p.update(addr=h[0], zip=h[-1], state=h[1] if len(h) == 3 else None,
                 mobile=foreign_mobile(cc), home=None)
        ins = [x for x in TRAVEL_INS if x[0] == cc]
        ins = ch(ins) if ins else ch(TRAVEL_INS)
        p.update(trav_ins=ins[1], policy=ins[2].format(rd(R.choice([7, 8, 9]))))
    p["passport"] = PASSPORT.get(cc, PASSPORT["JP"])()
    return p


def finish(p):
    p["mrn"] = "00" + rdnz(8)
    a = age_of(p["dob"])
    p["age"] = a
    if p["resident"]:
        if a >= 75:
            p.update(ins_kind="kouki", insurer="39" + ch(["13", "14", "27"]) + rd(4), kigo=None,
                     bango=rdnz(8), eda=None, insname="東京都後期高齢者医療広域連合", plan="39^後期高齢者^JHSD0001")
        elif R.random() < 0.3:
            ko = ch(KOKUHO)
            p.update(ins_kind="kokuho", insurer=ko[0], kigo=ko[2] + str(R.randint(1, 99)), bango=rd(6),
                     eda=ch(["00", "01"]), insname=f"{ko[1]}国民健康保険", plan="67^国民健康保険^JHSD0001")
        else:
            ins = ch(INSURERS)
            kigo = rd(ch([4, 8])) if ins[0].startswith("01") else rdnz(4)
            p.update(ins_kind="shaho", insurer=ins[0], kigo=kigo, bango=str(R.randint(1, 99999)),
                     eda=ch(["00", "01", "02"]), insname=ins[1], plan=ins[2])
    p["visit"] = f"E{R.randint(24, 24)}-{rd(6)}"
    p["case"] = f"IPD-2024-{R.randint(1, 480):04d}"
    return p


for _ in range(30):
    PEOPLE.append(finish(mk_person_jp()))
for t in FOREIGN:
    PEOPLE.append(finish(mk_person_foreign(t)))
JPS = [p for p in PEOPLE if p["jp"]]
FGN = [p for p in PEOPLE if not p["jp"]]
INSURED = [p for p in PEOPLE if p["resident"]]
TOURIST = [p for p in PEOPLE if not p["resident"]]
OLD = [p for p in PEOPLE if p["age"] > 89]


def pick(pool=None):
    return ch(pool or PEOPLE)


def relative(p):
    """Relative/emergency contact of p."""
    if p["jp"] or p["cc"] not in SPOUSE:
        if p["jp"]:
            rel = ch([("長女", "DAU", "娘", "F"), ("長男", "SON", "息子", "M"), ("姪", "NCE", "姪", "F"), ("甥", "NPH", "甥", "M"),
                      ("妻", "SPO", "配偶者", "F") if p["sex"] == "M" else ("夫", "SPO", "配偶者", "M")])
            g = ch(JP_GIV_F if rel[3] == "F" else JP_GIV_M)
            fam = p["hf"] if rel[0] not in ("姪", "甥") else ch(JP_SUR)[0]
            kf = p["kf"] if fam == p["hf"] else ch(JP_SUR)[1]
            return dict(hf=fam, hg=g[0], kf=kf, kg=g[1], rf=p["rf"], rg=g[2], native=fam + g[0],
                        rel=rel, phone=ch([jp_mobile(), jp_mobile(), jp_land()]))
        t = ch(SPOUSE["BR"]) if p["cc"] == "BR" else ("Juan Dela Cruz", p["hf"], "JUAN", p["kf"], "フアン", p["rf"], "Juan")
    else:
        t = ch(SPOUSE[p["cc"]])
    ph = jp_mobile() if p["resident"] else foreign_mobile(p["cc"])
    return dict(native=t[0], hf=t[1], hg=t[2], kf=t[3], kg=t[4], rf=t[5], rg=t[6],
                rel=("配偶者", "SPO", "配偶者"), phone=ph)


def nm_jp(p, sep="　"):
    """Registration name in the Japanese HIS (kanji / alphabet)."""
    return p["hf"] + sep + p["hg"]


def nm_kana(p, sep="　"):
    return p["kf"] + sep + p["kg"]


def nm_rom(p, st=None):
    f, g = p["rf"], p["rg"]
    st = st or ch(["FL", "LF", "LcF", "UL", "UU", "init", "low", "UcF"])
    return {"FL": f"{g} {f}", "LF": f"{f} {g}", "LcF": f"{f}, {g}", "UL": f"{f.upper()} {g}",
            "UU": f"{f.upper()} {g.upper()}", "init": f"{g[0]}. {f}", "low": f"{f.lower()} {g.lower()}",
            "UcF": f"{f.upper()}, {g}"}[st]


def nm_any(p):
    if p["jp"]:
        return ch([nm_jp(p), nm_jp(p, " "), nm_jp(p, ""), nm_kana(p), nm_kana(p, " "), nm_rom(p)])
    return ch([p["native"], nm_rom(p), nm_kana(p), nm_jp(p, " ")])


def zip_fmt(z, st=None):
    if "-" not in z:
        return z
    st = st or ch(["hy", "hy", "plain", "fw"])
    return {"hy": z, "plain": z.replace("-", ""), "fw": fw(z)}[st]


def plate():
    num = ch([f"{R.randint(10, 99)}-{R.randint(10, 99)}", f"・・・{R.randint(1, 9)}", f"・{R.randint(100, 999)}",
              f"・・{R.randint(10, 99)}", f"{R.randint(1, 9)}-{R.randint(10, 99)}"])
    reg = ch(["品川", "練馬", "足立", "多摩", "横浜", "世田谷", "杉並", "所沢", "千葉", "なにわ", "湘南", "大宮"])
    cls = ch(["300", "330", "500", "502", "580", "530", "301"])
    kana = ch("あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるろれわ")
    sep = ch([" ", " ", ""])
    return f"{reg}{sep}{cls}{sep}{kana}{sep}{num}"


def mac(up=True):
    b = [R.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    return (":" if up else "-").join(("%02X" if up else "%02x") % x for x in b)


def pub_ip():
    first = ch([126, 133, 153, 180, 49, 60, 110, 114, 218, 211, 121, 58, 223, 1, 27, 61, 39, 106, 175, 72, 98])
    return f"{first}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


DEPTS = [("01", "内科", "Internal Medicine", "내과", "内科", "INT"), ("13", "整形外科", "Orthopedics", "정형외과", "骨科", "ORTHO"),
         ("08", "小児科", "Pediatrics", "소아청소년과", "儿科", "PED"), ("23", "眼科", "Ophthalmology", "안과", "眼科", "OPH"),
         ("27", "皮膚科", "Dermatology", "피부과", "皮肤科", "DERM"), ("15", "産婦人科", "OB/GYN", "산부인과", "妇产科", "OBGYN"),
         ("10", "循環器内科", "Cardiology", "순환기내과", "心内科", "CARD"), ("31", "健診センター", "Health Check-up", "건강검진센터",
                                                                          "体检中心", "CHK")]
DOCS = [("D1021", "佐々木", "誠一"), ("D2044", "藤原", "奈緒子"), ("D3107", "BRANDT", "MICHAEL"), ("D1188", "石川", "亮"),
        ("D2210", "中島", "美穂")]
NURSES = [("N0452", "石井 由美"), ("N0613", "岡田 愛"), ("N0777", "安藤 千尋"), ("N0920", "Joy Reyes")]
CLERKS = [("R0105", "小野"), ("R0117", "佐藤"), ("C0031", "Sato Keiko"), ("C0042", "Kim Eun-ji")]
INTERPS = [("ITP-017", "Park Soo-ah", "ko"), ("ITP-022", "陈静", "zh"), ("ITP-031", "Nguyen Thi Lan", "vi"),
           ("ITP-008", "Ana Paula Sato", "pt"), ("ITP-004", "Sarah Whitfield", "en"), ("ITP-040", "Ольга Кузнецова", "ru")]
HOSP_TEL = "03-5843-2100"
IPD_TEL = "03-5843-2188"
IPD_FAX = "03-5843-2199"
IPD_MAIL = "intl@toto-mc.example.jp"
WS = [f"EMR-WS-0{n:02d}" for n in range(1, 40)]


def ordno():
    return "24031" + str(R.randint(4, 4)) + rd(7)


# ======================================================================== families
def L_emr(level, thread, logger, *pieces):
    t = CLK.tick()
    L = Line("emr_logback")
    L.x(f"{ts_lb(t)} {level:<5} [{thread}] {logger} - ", *pieces)
    return L


def th_http():
    return f"http-nio-8443-exec-{R.randint(1, 48)}"


def ev_emr_phi(k=None):
    p = pick()
    k = R.randint(0, 11) if k is None else k
    d = ch(DEPTS)
    doc = ch(DOCS)
    if k == 0:
        return [L_emr("INFO", th_http(), "j.t.emr.order.OrderEntryService",
                      f"オーダ登録完了 orderNo={ordno()} orderType={ch(['PRESCRIPTION', 'INJECTION', 'LAB', 'RAD'])} patientId=",
                      P(p["mrn"], "mrn"), " patientName=", P(nm_jp(p, ch(["　", " "])), "name"),
                      f" dept={d[0]} drCode={doc[0]} items={R.randint(1, 6)}")]
    if k == 1:
        ad = appt_date()
        return [L_emr("INFO", th_http(), "j.t.emr.rsv.ReservationService",
                      f"予約登録 rsvNo=R2403-{rd(6)} patientNo=", P(p["mrn"], "mrn"), " 予約日時=",
                      P(fdate(ad, ch(["wareki", "jp", "slash"])), "date"), f" {appt_time()} 科={d[1]} 通訳要=",
                      "true" if not p["jp"] else "false", f" 言語={p['lang']}")]
    if k == 2:
        pp = pick(INSURED)
        return [L_emr("INFO", th_http(), "j.t.emr.pt.PatientMasterService",
                      "患者基本情報更新 ptId=", P(pp["mrn"], "mrn"), " 変更項目=[住所, 電話番号] 新住所=〒",
                      P(zip_fmt(pp["zip"]), "zip"), " ", P(pp["addr"], "address"), " 新TEL=",
                      P(fphone(pp["mobile"]), "phone"),
                      *([" 新FAX=", P(fphone(pp["home"]), "fax")] if pp["home"] and R.random() < 0.5 else []),
                      f" 更新者={ch(CLERKS)[0]}")]
    if k == 3:
        return [L_emr("DEBUG", th_http(), "j.t.emr.karte.KarteLockManager",
                      "karte lock acquired ptId=", P(p["mrn"], "mrn"), " kana=", P(nm_kana(p, " "), "name"),
                      f" terminal={ch(WS)} user={ch(NURSES + DOCS)[0]} ttl=900s")]
    if k == 4:
        return [L_emr("ERROR", th_http(), "o.s.j.s.SQLErrorCodeSQLExceptionTranslator",
                      "org.springframework.dao.DuplicateKeyException: PreparedStatementCallback; ERROR: duplicate key value "
                      "violates unique constraint \"pt_master_pkey\"  Detail: Key (pt_id)=(", P(p["mrn"], "mrn"),
                      ") already exists."),
                Line("emr_logback").x("\tat jp.toto.emr.pt.PatientMasterDao.insert(PatientMasterDao.java:188) ~[emr-core-8.2.1.jar:8.2.1]")]
    if k == 5:
        return [L_emr("WARN", "card-sync-2", "j.t.emr.pt.InsuranceCardValidator",
                      "生年月日不一致 ptId=", P(p["mrn"], "mrn"), " emr=", P(fdate(p["dob"], "compact"), "date"),
                      " card=", P(wareki(p["dob"]), "date"), " -> 受付で確認してください")]
    if k == 6:
        adm = TODAY - dt.timedelta(days=R.randint(3, 30))
        return [L_emr("INFO", th_http(), "j.t.emr.discharge.SummaryService",
                      "退院サマリ保存 encounterNo=", P(p["visit"], "other_id"), " ptId=", P(p["mrn"], "mrn"),
                      " admitDate=", P(adm.isoformat(), "date"), " dischargeDate=", P(TODAY.isoformat(), "date"),
                      f" los={(TODAY - adm).days} author={doc[0]}")]
    if k == 7:
        po = pick(OLD)
        return [L_emr("INFO", "receipt-calc-1", "j.t.emr.acct.BurdenRatioResolver",
                      "負担割合判定 ptId=", P(po["mrn"], "mrn"), " age=", P(str(po["age"]), "age"),
                      " 区分=後期高齢者 負担割合=1割 所得区分=一般Ⅰ")]
    if k == 8:
        return [L_emr("INFO", th_http(), "j.t.emr.pt.PatientSearchController",
                      "patient search q=\"", P(nm_kana(p, " "), "name"), f"\" birth=", P(fdate(p["dob"], "compact"), "date"),
                      f" hits=1 user={ch(CLERKS)[0]} elapsed={R.randint(20, 400)}ms")]
    if k == 9:
        udi = f"(01)0{rd(13)}(17){R.randint(26, 30)}{R.randint(1, 12):02d}31(10){ch(['L', 'B'])}{rd(5)}(21){ch(['PJN', 'RNB', 'SN'])}{rd(6)}"
        return [L_emr("INFO", th_http(), "j.t.emr.implant.ImplantRegistryService",
                      "インプラント登録 ptId=", P(p["mrn"], "mrn"), " 品目=植込み型心臓ペースメーカ UDI=", P(udi, "device"),
                      f" 実施医={doc[0]}")]
    if k == 10:
        return [L_emr("INFO", "ble-gw-3", "j.t.emr.homecare.DeviceLinkService",
                      "BLE pairing ok patientId=", P(p["mrn"], "mrn"), " model=HEM-9200T mac=", P(mac(), "device"),
                      " serial=", P(f"2023{rd(2)}{rd(5)}LG", "device"), " fw=1.4.2 rssi=-61dBm")]
    if k == 12 or R.random() < 0.35:
        lid = ch([p["email"].split("@")[0], f"{p['rf'].lower().replace(' ', '').replace(chr(39), '')}{rd(4)}", f"pt{p['mrn'][2:]}"])
        return [L_emr("INFO", th_http(), "j.t.portal.auth.LoginService",
                      "portal login ok loginId=", P(lid, "other_id"), " ptNo=", P(p["mrn"], "mrn"), " ip=", P(pub_ip(), "ip"),
                      f" mfa=SMS ua=\"{ch(['iOS', 'Android', 'Windows'])}\" session={hexs(24)}")]
    return [L_emr("INFO", th_http(), "j.t.emr.rsv.ReservationService",
                  "reminder target added ptId=", P(p["mrn"], "mrn"), " channel=SMS to=", P(fphone(p["mobile"], "e164"), "phone"), f" tmpl=APPT_REMIND_D1 lang={p['lang']}")]


def ev_emr_noise():
    k = R.randint(0, 16)
    if k == 0:
        return [L_emr("WARN", th_http(), "com.zaxxer.hikari.pool.HikariPool",
                      "HikariPool-1 - Connection is not available, request timed out after 30000ms.")]
    if k == 1:
        a = R.randint(2, 18)
        return [L_emr("DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool",
                      f"HikariPool-1 - Pool stats (total=20, active={a}, idle={20 - a}, waiting=0)")]
    if k == 2:
        return [L_emr("INFO", "main", "jp.toto.emr.EmrApplication",
                      f"Started EmrApplication in {R.uniform(30, 60):.3f} seconds (JVM running for {R.uniform(60, 70):.3f})")]
    if k == 3:
        return [L_emr("INFO", "order-sender-1", "j.t.emr.order.OrderQueueMonitor",
                      f"オーダ送信キュー depth={R.randint(0, 40)} oldest={R.randint(10, 9000)}ms dest=SSMIX2GW,LIS,RIS")]
    if k == 4:
        return [L_emr("INFO", "scheduling-1", "j.t.emr.batch.Ssmix2ExportJob",
                      f"Job [SSMIX2Export] finished: exported={R.randint(800, 2500):,} skipped={R.randint(0, 30)} "
                      f"errors=0 elapsed=00:0{R.randint(1, 5)}:{R.randint(10, 59)}")]
    if k == 5:
        return [L_emr("DEBUG", th_http(), "o.s.web.servlet.DispatcherServlet",
                      f"GET \"/emr/actuator/health\", parameters={{}} -> 200 in {R.randint(1, 9)}ms")]
    if k == 6:
        lines = [L_emr("ERROR", "order-sender-2", "j.t.emr.order.OrderSender",
                       f"送信失敗 orderNo={ordno()} dest=LIS attempt={R.randint(1, 3)}/3 cause=java.net.SocketTimeoutException: Read timed out")]
        for fr in ["\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
                   "\tat jp.toto.hl7.mllp.MllpClient.send(MllpClient.java:97)"]:
            L = Line("emr_logback")
            L.x(fr)
            lines.append(L)
        return lines
    if k == 7:
        return [L_emr("INFO", "orca-client-4", "j.t.emr.orca.OrcaApiClient",
                      f"ORCA API POST /api01rv2/patientgetv2?class=01 status=200 time={R.randint(80, 600)}ms")]
    if k == 8:
        return [L_emr("INFO", "master-loader", "j.t.emr.master.DrugMasterLoader",
                      f"医薬品マスタ更新 版=令和6年3月版 件数={R.randint(18000, 19000):,} (YJ/HOT9) sha256={hexs(64)}")]
    if k == 9:
        return [L_emr("WARN", "master-loader", "j.t.emr.master.DrugMasterLoader",
                      f"HOT9 {rd(9)} (YJ {rd(4)}{ch('ABCDF')}{rd(3)}{rd(4)}) not found in formulary; skipped")]
    if k == 10:
        return [L_emr("INFO", th_http(), "j.t.emr.trace.TracingFilter",
                      f"trace_id={hexs(32)} span_id={hexs(16)} POST /emr/api/orders 201 latency={R.randint(40, 900)}ms")]
    if k == 11:
        return [L_emr("INFO", "main", "j.t.emr.config.ConfigLoader",
                      "config loaded: hl7.mllp.port=2575 ssmix2.root=/ssmix2 hl7.charset=ISO-2022-JP "
                      f"orca.url=https://orca.toto.local:8000 build=8.2.1-{R.randint(100, 999)} git={hexs(7)}")]
    if k == 12:
        return [L_emr("INFO", "gc", "gc",
                      f"[gc] GC({R.randint(1000, 9000)}) Pause Young (Normal) (G1 Evacuation Pause) "
                      f"{R.randint(900, 1800)}M->{R.randint(200, 600)}M(4096M) {R.uniform(3, 40):.3f}ms")]
    if k == 13:
        return [L_emr("INFO", "oncall", "j.t.emr.notify.OnCallDirectory",
                      f"当直表更新 内科当直={DOCS[0][1]}医師 PHS=7{rd(3)} 携帯=080-{rdnz(4)}-{rd(4)} 内線=4{rd(3)}")]
    if k == 14:
        return [L_emr("INFO", "session-reaper", "j.t.emr.session.SessionReaper",
                      f"expired sessions removed={R.randint(0, 12)} active={R.randint(80, 260)} ws={ch(WS)}")]
    if k == 15:
        return [L_emr("WARN", th_http(), "j.t.emr.order.DoseChecker",
                      f"dose check WARN code=DC-{rd(3)} drug=YJ:1149019F1{rd(3)} 1日最大量超過 (orderNo={ordno()})")]
    return [L_emr("INFO", "scheduling-3", "j.t.emr.batch.ReminderBatch",
                  f"reminder batch D-1 target={R.randint(300, 700)} sms={R.randint(100, 300)} mail={R.randint(100, 300)} "
                  f"skipped(no consent)={R.randint(5, 40)}")]


# ---------------------------------------------------------- .NET console ILogger
def L_net2(level, cat, eid, *pieces):
    CLK.tick()
    a = Line("dotnet_console")
    a.x(f"{level}: {cat}[{eid}]")
    b = Line("dotnet_console")
    b.x("      ", *pieces)
    return [a, b]


def ev_net_phi(k=None):
    p = pick()
    k = R.randint(0, 5) if k is None else k
    if k == 0:
        return L_net2("info", "Toto.Reception.Controllers.CheckInController", 0,
                      "Check-in completed for patient ", P(p["mrn"], "mrn"), " (", P(nm_rom(p), "name"),
                      f") at kiosk KIOSK-0{R.randint(1, 6)}, ticket {ch('ABC')}-{R.randint(1, 199):03d}")
    if k == 1:
        return L_net2("info", "Microsoft.EntityFrameworkCore.Database.Command", 20101,
                      f"Executed DbCommand ({R.randint(2, 90)}ms) [Parameters=[@p0='", P(p["mrn"], "mrn"),
                      "' (Nullable = false) (Size = 10), @p1='", P(nm_kana(p), "name"), "' (Size = 100), @p2='",
                      P(p["dob"].isoformat(), "date"), "T00:00:00.0000000' (DbType = DateTime2), @p3='",
                      P(fphone(p["mobile"], "hy"), "phone"), "' (Size = 20)], CommandType='Text', CommandTimeout='30']")
    if k == 2:
        mid = {"KR": "kakao", "CN": "wechat", "TW": "line", "JP": "line"}.get(p["cc"], ch(["whatsapp", "line"]))
        hid = {"kakao": f"{p['rf'].lower().replace(' ', '')}{rd(2)}", "line": f"@{p['rg'].lower().replace(' ', '')}_{rd(3)}",
               "wechat": f"wxid_{hexs(12)}", "whatsapp": fphone(p["mobile"], "e164")}[mid]
        if mid == "whatsapp":
            return L_net2("info", "Toto.IntlDesk.Messaging.MessengerNotifier", 3102,
                          "Sent whatsapp notification to ", P(hid, "phone"), " for case ", P(p["case"], "other_id"),
                          f" (template=ARRIVAL_GUIDE_{p['lang'].upper()}, messageId={uid()})")
        return L_net2("info", "Toto.IntlDesk.Messaging.MessengerNotifier", 3102,
                      f"Sent {mid} notification to ", P(hid, "other_id"), " for case ", P(p["case"], "other_id"),
                      f" (template=ARRIVAL_GUIDE_{p['lang'].upper()}, messageId={uid()})")
    if k == 3:
        pp = pick([x for x in INSURED if x["kigo"]])
        other = pick(INSURED)
        return L_net2("warn", "Toto.Reception.Services.InsuranceCardService", 2207,
                      "Insurance card conflict: 記号=", P(pp["kigo"], "health_plan"), " 番号=", P(pp["bango"], "health_plan"),
                      f" 保険者番号={pp['insurer']} already linked to patient ", P(other["mrn"], "mrn"), "; manual review queued")
    if k == 4:
        p = pick(FGN)
        ad = appt_date()
        it = ch([i for i in INTERPS if i[2] == p["lang"]] or INTERPS)
        return L_net2("warn", "Toto.IntlDesk.Services.InterpreterBookingService", 2003,
                      f"No {it[2]} interpreter free on ", P(ad.isoformat(), "date"), f" {appt_time()}; patient ",
                      P(nm_rom(p), "name"), " notified via SMS ", P(fphone(p["mobile"], "e164"), "phone"))
    pr = pick(PEOPLE)
    return L_net2("fail", "Toto.IntlDesk.Payments.DepositService", 5001,
                  "Card declined (do_not_honor) for patient ", P(pr["mrn"], "mrn"), ": card ",
                  P(ch([luhn("4", 16), luhn("5" + str(R.randint(1, 5)), 16), luhn("35" + str(R.randint(28, 89)), 16)]), "account"),
                  f" amount=300000 JPY gateway=GMO-PG ref={hexs(20)}")


def ev_net_noise():
    k = R.randint(0, 7)
    if k == 0:
        return L_net2("info", "Microsoft.Hosting.Lifetime", 14, "Now listening on: https://[::]:5001")
    if k == 1:
        return L_net2("info", "Microsoft.Hosting.Lifetime", 0, ch(["Application started. Press Ctrl+C to shut down.",
                                                                   "Hosting environment: Production",
                                                                   "Content root path: D:\\Apps\\IntlDesk\\"]))
    if k == 2:
        return L_net2("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2,
                      f"Request finished HTTP/1.1 GET https://intl.toto.local/api/cases?status=open&page={R.randint(1, 9)} - "
                      f"200 - application/json;+charset=utf-8 {R.uniform(5, 90):.4f}ms")
    if k == 3:
        return L_net2("info", "System.Net.Http.HttpClient.SmsGateway.LogicalHandler", 101,
                      f"End processing HTTP request after {R.uniform(100, 900):.4f}ms - 202")
    if k == 4:
        return L_net2("info", "Microsoft.EntityFrameworkCore.Infrastructure", 10403,
                      "Entity Framework Core 8.0.2 initialized 'IntlDeskDbContext' using provider "
                      "'Microsoft.EntityFrameworkCore.SqlServer:8.0.2' with options: SensitiveDataLoggingEnabled")
    if k == 5:
        return L_net2("warn", "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", 35,
                      f"No XML encryptor configured. Key {{{uid()}}} may be persisted to storage in unencrypted form.")
    if k == 6:
        return L_net2("fail", "Toto.IntlDesk.Jobs.ExchangeRateJob", 5100,
                      f"Rate provider timeout after 10000ms (attempt {R.randint(1, 3)}); using cached USD/JPY=149.{rd(2)}")
    return L_net2("dbug", "Toto.IntlDesk.Jobs.GopFollowUpJob", 1200,
                  f"GOP follow-up scan: open={R.randint(3, 30)} overdue={R.randint(0, 5)} insurerDesk={IPD_MAIL}")


# ------------------------------------------------ .NET JSON console formatter
def L_stj(level, cat, eid, mt, args):
    """args: list of (name, value) ; value str or P ; message built by substitution."""
    t = CLK.tick()
    msg = S()
    import re
    parts = re.split(r"(\{[A-Za-z]+\})", mt)
    amap = dict(args)
    for part in parts:
        if part.startswith("{") and part[1:-1] in amap:
            v = amap[part[1:-1]]
            msg.append(v if isinstance(v, P) else str(v))
        elif part:
            msg.append(part)
    state = D([("Message", S(msg))] + [(k, v) for k, v in args] + [("{OriginalFormat}", mt)])
    obj = D([("Timestamp", ts_isoj(t)), ("EventId", eid), ("LogLevel", level), ("Category", cat),
             ("Message", msg), ("State", state)])
    L = Line("dotnet_json")
    L.x(*jval(obj, "stj"))
    return L


def ev_stj_phi(k=None):
    p = pick(FGN + JPS[:4])
    k = R.randint(0, 5) if k is None else k
    if k == 0:
        return [L_stj("Information", "Toto.IntlDesk.Services.CaseService", 3001, "Case {CaseNo} opened for {PatientName} ({Nationality})",
                      [("CaseNo", P(p["case"], "other_id")), ("PatientName", P(ch([nm_kana(p), p["native"], nm_rom(p)]), "name")),
                       ("Nationality", p["cc"])])]
    if k == 1:
        pt = pick(TOURIST)
        return [L_stj("Information", "Toto.IntlDesk.Services.GopService", 3010,
                      "GOP received for case {CaseNo}: insurer {Insurer}, policy {PolicyNo}, limit {Limit} JPY",
                      [("CaseNo", P(pt["case"], "other_id")), ("Insurer", pt["trav_ins"]), ("PolicyNo", P(pt["policy"], "health_plan")),
                       ("Limit", R.choice([500000, 1000000, 3000000]))])]
    if k == 2:
        pt = pick(FGN)
        exp = dt.date(R.randint(2025, 2033), R.randint(1, 12), R.randint(1, 28))
        return [L_stj("Information", "Toto.IntlDesk.Services.IdentityDocumentService", 3020,
                      "Passport scanned for {PatientName}: {PassportNo} exp {Expiry}",
                      [("PatientName", P(nm_rom(pt, "UU"), "name")), ("PassportNo", P(pt["passport"], "license")),
                       ("Expiry", P(exp.isoformat(), "date"))])]
    if k == 3:
        r = relative(p)
        return [L_stj("Information", "Toto.IntlDesk.Services.CaseService", 3005,
                      "Emergency contact updated for case {CaseNo}: {ContactName} {ContactPhone}",
                      [("CaseNo", P(p["case"], "other_id")), ("ContactName", P(ch([r["native"], nm_rom(r, "FL")]), "name")),
                       ("ContactPhone", P(fphone(r["phone"]), "phone"))])]
    if k == 4:
        pt = pick(TOURIST)
        return [L_stj("Warning", "Toto.IntlDesk.Payments.DepositService", 5003,
                      "Self-pay deposit account {AccountNo} for {PatientId} below threshold ({Balance} JPY)",
                      [("AccountNo", P(f"SA-2024-{rd(6)}", "account")), ("PatientId", P(pt["mrn"], "mrn")),
                       ("Balance", R.randint(1000, 90000))])]
    if k == 6 or R.random() < 0.4:
        pt = pick(FGN)
        h = pt["rg"].lower().replace(" ", "") + "." + pt["rf"].lower().replace(" ", "").replace("'", "")
        url = ch([f"https://www.facebook.com/{h}.{rd(2)}", f"https://www.linkedin.com/in/{h.replace('.', '-')}-{hexs(6)}",
                  f"https://www.instagram.com/{h.replace('.', '_')}{rd(2)}/", f"https://weibo.com/u/{rdnz(10)}"])
        return [L_stj("Information", "Toto.IntlDesk.Api.InquiryController", 2100,
                      "Inquiry {InquiryId} received from {Name} <{Email}> (sns: {Sns}, lang {Lang})",
                      [("InquiryId", f"INQ-{rd(6)}"), ("Name", P(pt["native"], "name")), ("Email", P(pt["email"], "email")),
                       ("Sns", P(url, "url")), ("Lang", pt["lang"])])]
    pr = pick(PEOPLE)
    return [L_stj("Information", "Toto.IntlDesk.Services.RefundService", 5020,
                  "Refund scheduled for {PatientId} to {Bank} {Branch} 普通 {AccountNo}",
                  [("PatientId", P(pr["mrn"], "mrn")), ("Bank", ch(["三井住友銀行", "ゆうちょ銀行", "みずほ銀行", "三菱UFJ銀行"])),
                   ("Branch", ch(["新宿支店", "本店営業部", "渋谷支店", "〇一八支店"])), ("AccountNo", P(rdnz(7), "account"))])]


def ev_stj_noise():
    k = R.randint(0, 4)
    if k == 0:
        return [L_stj("Information", "Microsoft.Hosting.Lifetime", 14, "Now listening on: {address}",
                      [("address", "https://[::]:5001")])]
    if k == 1:
        return [L_stj("Information", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", 100,
                      "Health check {HealthCheckName} completed after {ElapsedMilliseconds}ms with status {HealthStatus}",
                      [("HealthCheckName", ch(["sqlserver", "redis", "sms-gateway", "oqs-relay"])),
                       ("ElapsedMilliseconds", round(R.uniform(1, 60), 4)), ("HealthStatus", "Healthy")])]
    if k == 2:
        return [L_stj("Information", "Toto.IntlDesk.Jobs.ExchangeRateJob", 4001,
                      "Exchange rates refreshed: KRW/JPY={Krw} CNY/JPY={Cny} USD/JPY={Usd}",
                      [("Krw", round(R.uniform(0.108, 0.114), 4)), ("Cny", round(R.uniform(20.5, 21.0), 2)),
                       ("Usd", round(R.uniform(147, 151), 2))])]
    if k == 3:
        return [L_stj("Warning", "Toto.IntlDesk.Services.GopService", 3099,
                      "Insurer desk <{Email}> did not acknowledge GOP request {RequestId} within {Hours}h",
                      [("Email", ch(["gop@assist-partner.example.com", "claims.jp@travel-assist.example"])),
                       ("RequestId", f"GOPREQ-{rd(6)}"), ("Hours", 48)])]
    return [L_stj("Information", "Microsoft.AspNetCore.Routing.EndpointMiddleware", 1,
                  "Executed endpoint '{EndpointName}'", [("EndpointName", "Toto.IntlDesk.Api.CasesController.List (Toto.IntlDesk.Api)")])]


# ------------------------------------------------------------------ Serilog CLEF
def L_clef(mt, props, level=None):
    t = CLK.tick()
    items = [("@t", ts_utc7(t)), ("@mt", mt)]
    if level:
        items.append(("@l", level))
    items.append(("@i", hexs(8)))
    items += props
    items += [("SourceContext", "Toto.Interpreter.BookingService"), ("MachineName", "IPD-APP01"),
              ("RequestId", f"0HN{hexs(9, True)}:0000000{R.randint(1, 9)}")]
    L = Line("serilog_clef")
    L.x(*jval(D(items), "raw"))
    return L


def slot_dt(d):
    return [P(d.isoformat(), "date"), f"T{R.randint(9, 16):02d}:{ch(['00', '30'])}:00.0000000+09:00"]


def ev_clef_phi():
    p = pick(FGN)
    it = ch([i for i in INTERPS if i[2] == p["lang"]] or INTERPS)
    k = R.randint(0, 3)
    ad = appt_date()
    if k == 0:
        return [L_clef("Interpreter {InterpreterId} booked for {PatientId} on {Slot}",
                       [("InterpreterId", it[0]), ("PatientId", P(p["mrn"], "mrn")), ("Slot", S(slot_dt(ad))),
                        ("Lang", p["lang"])])]
    if k == 1:
        return [L_clef("Remote interpreting session {SessionId} started: patient {PatientNameKana}, lang {Lang}, vendor {Vendor}",
                       [("SessionId", uid()), ("PatientNameKana", P(nm_kana(p), "name")), ("Lang", p["lang"]),
                        ("Vendor", ch(["MediPhone", "Kotoba Bridge", "BRIDGE-VRI"]))])]
    if k == 2:
        return [L_clef("Booking {BookingId} cancelled by patient {PatientId}; reason: {Reason}",
                       [("BookingId", f"IB-{ad.strftime('%y%m%d')}-{rd(4)}"), ("PatientId", P(p["mrn"], "mrn")),
                        ("Reason", S(["本人より電話（", P(fphone(p["mobile"]), "phone"), "）帰国日程変更のため"]))], "Warning")]
    return [L_clef("No-show recorded for {PatientId} ({PatientName}) slot {Slot}",
                   [("PatientId", P(p["mrn"], "mrn")), ("PatientName", P(nm_rom(p, "UcF"), "name")),
                    ("Slot", S(slot_dt(TODAY)))], "Warning")]


def ev_clef_noise():
    k = R.randint(0, 2)
    if k == 0:
        return [L_clef("Vendor availability synced: {VendorCount} vendors, {SlotCount} slots",
                       [("VendorCount", 3), ("SlotCount", R.randint(200, 600))])]
    if k == 1:
        it = ch(INTERPS)
        d1 = appt_date()
        return [L_clef("Interpreter {InterpreterId} ({InterpreterName}) marked unavailable {From} to {To}",
                       [("InterpreterId", it[0]), ("InterpreterName", it[1]), ("From", d1.isoformat()),
                        ("To", (d1 + dt.timedelta(days=R.randint(1, 5))).isoformat())])]
    return [L_clef("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                   [("RequestMethod", "GET"), ("RequestPath", "/api/slots"), ("StatusCode", 200),
                    ("Elapsed", round(R.uniform(3, 200), 4))])]


# ---------------------------------------------------- interpreter booking logfmt
def L_kv(*pieces):
    t = CLK.tick()
    L = Line("interp_logfmt")
    L.x(f"ts={ts_isoj(t)} ", *pieces)
    return L


def ev_kv_phi():
    p = pick(FGN)
    it = ch([i for i in INTERPS if i[2] == p["lang"]] or INTERPS)
    d = ch(DEPTS)
    ad = appt_date()
    k = R.randint(0, 2)
    if k == 0:
        h = R.randint(9, 15)
        return [L_kv("level=info svc=interp-gw msg=\"booking confirmed\" booking_id=", f"IB-{ad.strftime('%y%m%d')}-{rd(4)}",
                     " case_no=", P(p["case"], "other_id"), " pt_id=", P(p["mrn"], "mrn"), " pt_name_en=\"",
                     P(nm_rom(p, "UU"), "name"), f"\" lang={p['lang']} mode={ch(['onsite', 'video', 'phone'])} interpreter_id={it[0]}"
                     " slot=", P(ad.isoformat(), "date"), f"T{h:02d}:00/{h + 1:02d}:00 dept={d[5]}")]
    if k == 1:
        return [L_kv("level=warn svc=interp-gw msg=\"patient phone unreachable\" pt_id=", P(p["mrn"], "mrn"), " tel=",
                     P(fphone(p["mobile"], "e164"), "phone"), f" attempts=3 interpreter_id={it[0]}")]
    return [L_kv("level=info svc=interp-gw msg=\"consent form signed\" pt_id=", P(p["mrn"], "mrn"), " signer=\"",
                 P(p["native"], "name"), f"\" form=INTERP-CONSENT-{p['lang']} doc_id={uid()}")]


def ev_kv_noise():
    k = R.randint(0, 2)
    if k == 0:
        return [L_kv(f"level=info svc=interp-gw msg=\"vendor webhook\" vendor={ch(['MediPhone', 'Kotoba Bridge'])} "
                     f"status=200 latency_ms={R.randint(40, 800)}")]
    if k == 1:
        return [L_kv(f"level=info svc=interp-gw msg=\"daily usage\" lang_ko={R.randint(0, 20)} lang_zh={R.randint(0, 25)} "
                     f"lang_vi={R.randint(0, 10)} lang_en={R.randint(0, 30)} minutes_total={R.randint(200, 900)}")]
    it = ch(INTERPS)
    return [L_kv(f"level=info svc=interp-gw msg=\"interpreter check-in\" interpreter_id={it[0]} name=\"{it[1]}\" badge=B-{rd(5)} "
                 f"contact=080-{rdnz(4)}-{rd(4)}")]


CSV_STATE = {}


def ev_interp_csv():
    out = []
    if not CSV_STATE.get("interp"):
        CSV_STATE["interp"] = True
        L = Line("interp_csv")
        L.x("booking_id,appt_date,start,end,lang,mode,interpreter_id,dept,patient_id,patient_name,contact")
        out.append(L)
    for _ in range(R.randint(1, 3)):
        p = pick(FGN)
        ad = appt_date()
        h = R.randint(9, 15)
        it = ch([i for i in INTERPS if i[2] == p["lang"]] or INTERPS)
        L = Line("interp_csv")
        nm = nm_rom(p, ch(["LcF", "UU", "FL"]))
        q = '"' if "," in nm else ""
        L.x(f"IB-{ad.strftime('%y%m%d')}-{rd(4)},", P(ad.isoformat() if R.random() < 0.6 else fdate(ad, "slash"), "date"),
            f",{h:02d}:00,{h + 1:02d}:00,{p['lang']},{ch(['onsite', 'video'])},{it[0]},{ch(DEPTS)[5]},", P(p["mrn"], "mrn"),
            ",", q, P(nm, "name"), q, ",", P(fphone(p["mobile"]), "phone"))
        out.append(L)
    return out


# -------------------------------------------------------------------------- HL7
def seg(name, fields):
    """fields: dict idx -> pieces (list) ; returns list of pieces for a segment."""
    n = max(fields) if fields else 0
    out = [name]
    for i in range(1, n + 1):
        out.append("|")
        v = fields.get(i)
        if v is None:
            continue
        out.extend(v if isinstance(v, list) else [v])
    return out


def msh(t, typ, utf8=False):
    cs = "UNICODE UTF-8" if utf8 else "~ISO IR87"
    cs2 = "" if utf8 else "ISO 2022-1994"
    return (f"MSH|^~\\&|HIS|TOTO_MC|SSMIX2GW|TOTO_MC|{ts_hl7(t)}||{typ}|{ch(['MSG', 'HIS', ''])}{rd(10)}|P|2.5||||||{cs}|"
            f"|{cs2}|SS-MIX2_1.20^SS-MIX2^1.2.392.200250.2.1.100.1.2.120^ISO")


def xpn(p):
    if p["jp"] or p["hf"] in ("朴", "王", "李", "張", "陳", "林"):
        return [P(p["hf"], "name"), "^", P(p["hg"], "name"), "^^^^^L^I~", P(p["kf"], "name"), "^",
                P(p["kg"], "name"), "^^^^^L^P"]
    return [P(p["hf"], "name"), "^", P(p["hg"], "name"), "^^^^^L^A~", P(p["kf"], "name"), "^",
            P(p["kg"], "name"), "^^^^^L^P"]


def pid_seg(p, short=False):
    f = {1: "0001", 3: [P(p["mrn"], "mrn"), "^^^^PI"], 5: xpn(p), 7: [P(fdate(p["dob"], "compact"), "date")],
         8: p["sex"]}
    if not short:
        if p["resident"]:
            f[11] = [P(p["addr"] if R.random() < 0.5 else p["addr"].replace("-", "－"), "address"), "^^^^",
                     P(p["zip"].replace("-", "") if R.random() < 0.6 else p["zip"], "zip"), "^JPN^H"]
        f[13] = ["^PRN^PH^^^^^^^^^", P(fphone(p["home"] or p["mobile"], "hy"), "phone"), "~^PRN^CP^^^^^^^^^",
                 P(fphone(p["mobile"], "hy"), "phone")] if p["home"] else ["^PRN^CP^^^^^^^^^", P(fphone(p["mobile"]), "phone")]
        if p["home"] and p["age"] > 60 and R.random() < 0.6:
            f[13] += ["~^PRN^FX^^^^^^^^^", P(fphone(p["home"], "hy"), "fax")]
        if not p["jp"]:
            f[26] = {"KR": "KOR", "CN": "CHN", "TW": "TWN", "VN": "VNM", "US": "USA", "GB": "GBR", "BR": "BRA",
                     "DE": "DEU", "AE": "ARE", "IN": "IND", "PH": "PHL", "RU": "RUS", "TH": "THA", "FR": "FRA"}[p["cc"]]
        f[33] = ts_hl7(CLK.t)
    return seg("PID", f)


def pv1_seg(p, inpatient=False):
    doc = ch(DOCS)
    f = {1: "0001", 2: "I" if inpatient else "O",
         3: f"5E^5{R.randint(10, 30)}^{R.randint(1, 4)}^^^N" if inpatient else f"{ch(DEPTS)[0]}^^^^^C",
         7: f"{doc[0]}^{doc[1]}^{doc[2]}^^^^^^^L^^^^^I", 10: ch(DEPTS)[0], 19: [P(p["visit"], "other_id")]}
    if inpatient:
        adm = TODAY - dt.timedelta(days=R.randint(0, 20))
        f[44] = [P(adm.strftime("%Y%m%d"), "date"), f"{R.randint(8, 18):02d}{ch(['00', '15', '30'])}"]
    return seg("PV1", f)


def in1_seg(p):
    f = {1: "1", 2: p["plan"], 3: p["insurer"], 4: p["insname"]}
    if p["kigo"]:
        f[10] = [P(p["kigo"], "health_plan")]
    qd = dt.date(R.randint(2010, 2023), 4, 1)
    f[12] = [P(qd.strftime("%Y%m%d"), "date")]
    if p["age"] < 18:
        par = relative(p)
        f[16] = [P(par["hf"], "name"), "^", P(par["hg"], "name"), "^^^^^L^I"]
        f[17] = "FTH^父^HL70063"
    else:
        f[17] = "SEL^本人^HL70063"
    f[36] = [P(p["bango"], "health_plan")]
    return seg("IN1", f)


def nk1_seg(p):
    r = relative(p)
    f = {1: "1", 2: [P(r["hf"], "name"), "^", P(r["hg"], "name"), "^^^^^L^I"], 3: f"{r['rel'][1]}^{r['rel'][2]}^HL70063",
         5: ["^PRN^PH^^^^^^^^^", P(fphone(r["phone"], "hy") if r["phone"][0] == "JP" else fphone(r["phone"]), "phone")]}
    return seg("NK1", f)


def hl7_lines(segs, fam="hl7v2"):
    out = []
    for s in segs:
        L = Line(fam)
        L.x(*s)
        out.append(L)
    return out


def ev_hl7_phi():
    t = CLK.tick()
    k = R.randint(0, 3)
    utf8 = R.random() < 0.4
    if k == 0:  # ADT^A08
        p = pick(INSURED)
        segs = [[msh(t, "ADT^A08^ADT_A01", utf8)], [f"EVN||{ts_hl7(t)}||||{ts_hl7(t)}"], pid_seg(p), nk1_seg(p),
                pv1_seg(p), in1_seg(p)]
        return hl7_lines(segs)
    if k == 1:  # OMP^O09 prescription
        p = pick()
        o = ordno()
        doc = ch(DOCS)
        st = TODAY + dt.timedelta(days=R.randint(0, 1))
        drug = ch([("620004123", "ロキソニン錠６０ｍｇ"), ("620002527", "アムロジピン錠５ｍｇ「サワイ」"),
                   ("621378101", "メトホルミン塩酸塩錠２５０ｍｇＭＴ"), ("610463164", "ムコスタ錠１００ｍｇ")])
        segs = [[msh(t, "RDE^O11^RDE_O11", utf8)], pid_seg(p, short=True), pv1_seg(p),
                [f"ORC|NW|{o}^HIS||{o}^HIS|||||{ts_hl7(t)}|||{doc[0]}^{doc[1]}^{doc[2]}^^^^^^^L^^^^^I|01^^^^^C||||||||東都医療センター"],
                [f"RXE||{drug[0]}^{drug[1]}^HOT|1||TAB^錠^MR9P|TAB^錠^MR9P||||{R.randint(7, 28)}|TAB^錠^MR9P"],
                seg("TQ1", {7: [P(st.strftime("%Y%m%d"), "date")], 8: f"{(st + dt.timedelta(days=13)).strftime('%Y%m%d')}"}),
                ["RXR|PO^口^HL70162"]]
        # TQ1-8 end date of medication is also a patient date
        last = segs[5]
        segs[5] = seg("TQ1", {7: [P(st.strftime("%Y%m%d"), "date")], 8: [P((st + dt.timedelta(days=13)).strftime("%Y%m%d"), "date")]})
        del last
        return hl7_lines(segs)
    if k == 2:  # OUL^R22 lab result
        p = pick()
        segs = [[msh(t, "OUL^R22^OUL_R22", utf8)], pid_seg(p, short=True), pv1_seg(p),
                ["SPM|1|||SER^血清^HL70487"],
                seg("OBR", {1: "1", 2: f"{ordno()}^HIS", 4: "A0001^生化学検査^99Z01", 7: [P(TODAY.strftime("%Y%m%d"), "date"), f"{R.randint(8, 11):02d}{R.randint(10, 59)}"]}),
                [f"OBX|1|NM|3D010000001926101^ＨｂＡ１ｃ（ＮＧＳＰ）^JC10||{R.uniform(5.2, 9.5):.1f}|%^%^ISO+|4.6-6.2|{ch(['H', 'N'])}|||F"],
                [f"OBX|2|NM|3C015000002327101^クレアチニン^JC10||{R.uniform(0.5, 2.4):.2f}|mg/dL^mg/dL^ISO+|0.46-0.79|{ch(['H', 'N'])}|||F"]]
        return hl7_lines(segs)
    p = pick(OLD + INSURED[:6])  # ADT^A01 admission
    segs = [[msh(t, "ADT^A01^ADT_A01", utf8)], [f"EVN||{ts_hl7(t)}"], pid_seg(p), nk1_seg(p), pv1_seg(p, True),
            ["AL1|1|DA^薬剤アレルギー^HL70127|1100^ペニシリン系^99XYZ"]]
    return hl7_lines(segs)


def ev_hl7_noise():
    t = CLK.tick()
    ctl = f"MSG{rd(10)}"
    return hl7_lines([[f"MSH|^~\\&|SSMIX2GW|TOTO_MC|HIS|TOTO_MC|{ts_hl7(t)}||ACK^{ch(['A08', 'O11', 'R22', 'A01'])}^ACK|"
                       f"ACK{rd(10)}|P|2.5||||||~ISO IR87||ISO 2022-1994"], [f"MSA|{ch(['AA', 'AA', 'AA', 'AE'])}|{ctl}"]])


def L_hapi(level, thread, logger, *pieces):
    t = CLK.tick()
    L = Line("hapi_mllp")
    L.x(f"{ts_l4j(t)} [{thread}] {level:<5} {logger} - ", *pieces)
    return L


def ev_hapi_phi():
    p = pick()
    t = CLK.t
    k = R.randint(0, 2)
    if k == 0:
        body = [msh(t, "ADT^A08^ADT_A01", True), "\\r"] + pid_seg(p, short=True) + ["\\r"] + pv1_seg(p)
        return [L_hapi("INFO", "hl7-listener-2575", "ca.uhn.hl7v2.app.Receiver", "Received message: ", *body)]
    if k == 1:
        pj = pick(JPS)
        return [L_hapi("WARN", "mllp-rx-2", "jp.toto.hl7.MllpDecoder",
                       "MSH-18=~ISO IR87 but payload decoded as US-ASCII; PID-5 raw=", P(iso_jp(pj["hf"]), "name"), "^",
                       P(iso_jp(pj["hg"]), "name"), "^^^^^L^I~", P(iso_jp(pj["kf"]), "name"), "^", P(iso_jp(pj["kg"]), "name"),
                       "^^^^^L^P (re-decoded: ", P(pj["hf"], "name"), "^", P(pj["hg"], "name"), ")")]
    pj = pick(JPS)
    t2 = CLK.tick()
    obj_pre = f'{{"@timestamp":"{ts_isoj(t2)}","@version":"1","logger_name":"jp.toto.hl7.MllpReceiver","thread_name":"mllp-rx-1","level":"DEBUG","message":"raw segment","segment":"PID|0001||'
    L = Line("hapi_mllp")
    L.x(obj_pre, P(pj["mrn"], "mrn"), "^^^^PI||", P(iso_jp_json(pj["hf"]), "name"), "^", P(iso_jp_json(pj["hg"]), "name"),
        "^^^^^L^I||", P(fdate(pj["dob"], "compact"), "date"), f'|{pj["sex"]}","charset":"ISO-2022-JP","bytes":{R.randint(60, 90)}}}')
    return [L]


def ev_hapi_noise():
    k = R.randint(0, 3)
    if k == 0:
        return [L_hapi("INFO", "hl7-listener-2575", "ca.uhn.hl7v2.app.HL7Service",
                       f"Accepted connection from 10.20.4.{R.randint(2, 60)}:{R.randint(40000, 65000)} on port 2575")]
    if k == 1:
        return [L_hapi("INFO", "hl7-listener-2575", "ca.uhn.hl7v2.app.Responder",
                       f"Sending ACK: MSH|^~\\&|SSMIX2GW|TOTO_MC|HIS|TOTO_MC|{ts_hl7(CLK.t)}||ACK^A08^ACK|ACK{rd(10)}|P|2.5\\rMSA|AA|MSG{rd(10)}")]
    if k == 2:
        return [L_hapi("ERROR", "hl7-listener-2575", "ca.uhn.hl7v2.parser.PipeParser",
                       "ca.uhn.hl7v2.HL7Exception: Can't parse message beginning MSH|^~\\&|LIS|TOTO_MC (MSH-12 '2.3.1' not supported)")]
    return [L_hapi("INFO", "stats", "jp.toto.hl7.ThroughputMonitor",
                   f"msgs/min in={R.randint(20, 300)} out={R.randint(20, 300)} nak={R.randint(0, 3)} avgRtt={R.randint(5, 90)}ms")]


# ------------------------------------------------------------------ SS-MIX2 paths
SS_TYPES = [("ADT-00", False), ("ADT-12", True), ("ADT-22", True), ("OMP-01", True), ("OMP-11", True), ("OML-01", True),
            ("OML-11", True), ("PPR-01", False), ("OMP-02", True)]


def ss_path(p, root="/ssmix2/standard/", dated=None):
    ty, has_date = ch(SS_TYPES)
    d = dated or (TODAY - dt.timedelta(days=R.randint(0, 2)))
    gen = CLK.t.strftime("%Y%m%d%H%M%S") + ms(CLK.t)
    m = p["mrn"]
    pieces = [root, m[:3], "/", m[3:6], "/", P(m, "mrn"), "/"]
    if has_date:
        pieces += [P(d.strftime("%Y%m%d"), "date"), f"/{ty}/", P(m, "mrn"), "_", P(d.strftime("%Y%m%d"), "date"),
                   f"_{ty}_{ordno()}_{gen}_{ch(DEPTS)[0]}_1"]
    else:
        pieces += [f"-/{ty}/", P(m, "mrn"), f"_-_{ty}_-_{gen}_-_1"]
    return pieces


def ev_ss_phi():
    p = pick()
    k = R.randint(0, 2)
    t = CLK.tick()
    L = Line("ssmix2_path")
    if k == 0:
        L.x(f"{ts_lb(t)} INFO  [ssmix2-writer-{R.randint(1, 4)}] j.t.ssmix2.StandardStorageWriter - saved: ",
            *ss_path(p), f" ({R.randint(800, 9000):,} bytes)")
    elif k == 1:
        L.x(f"{t.strftime('%Y/%m/%d %H:%M:%S')} [{R.randint(2000, 40000)}] >f+++++++++ ", *ss_path(p, root="standard/"))
    else:
        d0 = TODAY - dt.timedelta(days=R.randint(1, 3))
        pth = ss_path(p, dated=d0)
        while not any(isinstance(x, P) and x.cat == "date" for x in pth):
            pth = ss_path(p, dated=d0)
        L.x(f"{ts_lb(t)} WARN  [ssmix2-verify] j.t.ssmix2.StorageVerifier - 診療日とフォルダ不一致 file=", *pth,
            " expected=", P((d0 + dt.timedelta(days=1)).strftime("%Y%m%d"), "date"))
    return [L]


def ev_ss_noise():
    t = CLK.tick()
    L = Line("ssmix2_path")
    k = R.randint(0, 3)
    if k == 0:
        L.x(f"{ts_lb(t)} INFO  [ssmix2-stats] j.t.ssmix2.DailySummary - ADT-00={R.randint(5, 40)} ADT-12={R.randint(100, 400)} "
            f"OMP-01={R.randint(200, 600)} OML-11={R.randint(500, 1500)} PPR-01={R.randint(20, 90)} total={R.randint(1500, 3000):,}")
    elif k == 1:
        L.x(f"{t.strftime('%Y/%m/%d %H:%M:%S')} [{R.randint(2000, 40000)}] sent {R.randint(10 ** 6, 10 ** 8):,} bytes  "
            f"received {R.randint(10 ** 4, 10 ** 6):,} bytes  total size {R.randint(10 ** 11, 10 ** 12):,}")
    elif k == 2:
        L.x(f"{ts_lb(t)} INFO  [ssmix2-index] j.t.ssmix2.IndexBuilder - index rebuild done patients={R.randint(40000, 52000):,} "
            f"files={R.randint(3000000, 4000000):,} elapsed=1h0{R.randint(0, 9)}m")
    else:
        L.x(f"{ts_lb(t)} WARN  [ssmix2-writer-1] j.t.ssmix2.StandardStorageWriter - disk usage /ssmix2 {R.randint(70, 89)}% "
            f"(threshold 85%) inode={R.randint(30, 60)}%")
    return [L]


# ------------------------------------------------------------- UKE receipt CSV
RECE = {"no": 0}


def uke_line(*pieces):
    L = Line("uke_csv")
    L.x(*pieces)
    return L


def ev_uke_phi():
    out = []
    if RECE["no"] == 0:
        out.append(uke_line(f"IR,1,13,1,1312345,,東都医療センター,{gcode_ym(dt.date(2024, 4, 1))},00,{HOSP_TEL}"))
    for _ in range(R.randint(1, 2)):
        p = pick(INSURED)
        RECE["no"] += 1
        svc = dt.date(2024, 3, 1)
        typ = "1318" if p["ins_kind"] == "kouki" else ch(["1112", "1116", "1118", "1122"])
        nm = nm_jp(p) if p["jp"] or p["hf"] in ("朴", "李") else nm_kana(p)
        pieces = ["RE,", str(RECE["no"]), ",", typ, ",", P(gcode_ym(svc), "date"), ",", P(nm, "name"), ",",
                  "1" if p["sex"] == "M" else "2", ",", P(gcode(p["dob"]), "date"), ",,"]
        if R.random() < 0.25 and p["ins_kind"] != "kouki":
            pieces[3] = "1111"
            pieces += [P(gcode(dt.date(2024, 3, R.randint(1, 10))), "date")]
        pieces += [",,,,,", P(p["mrn"], "mrn"), ",,,,,", rd(20), ",,,", ch(DEPTS)[1], ",,,,,,,,,,,,,,", P(nm_kana(p), "name"), ","]
        out.append(uke_line(*pieces))
        if p["kigo"]:
            fwk = R.random() < 0.5
            out.append(uke_line(f"HO,{p['insurer']},", P(fw(p["kigo"]) if fwk else p["kigo"], "health_plan"), ",",
                                P(fw(p["bango"]) if fwk else p["bango"], "health_plan"),
                                f",{R.randint(1, 4)},{R.randint(100, 3000)},,,,,,{R.randint(500, 9000)},,,"))
        else:
            out.append(uke_line(f"HO,{p['insurer']},,", P(p["bango"], "health_plan"),
                                f",{R.randint(1, 4)},{R.randint(100, 3000)},,,,,,{R.randint(500, 9000)},,,"))
        if typ == "1122":
            out.append(uke_line(f"KO,54{rd(6)},", P(rd(7), "health_plan"), f",,{R.randint(1, 4)},{R.randint(100, 3000)},0,,,"))
        sy = ch([("8833421", "２型糖尿病"), ("4019003", "高血圧症"), ("8842117", "腰部脊柱管狭窄症"), ("0000999", "右膝打撲傷")])
        out.append(uke_line(f"SY,{sy[0]},", P(gcode(rdate(2015, 2023)), "date"), f",1,,{sy[1] if sy[0] == '0000999' else ''},01,"))
        out.append(uke_line(f"SI,{ch(['12', '13', '60'])},1,{ch(['112007410', '113001810', '160008010', '160000410'])},,{R.randint(10, 300)},{R.randint(1, 3)},,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,"))
        if R.random() < 0.6:
            out.append(uke_line(f"IY,21,1,{ch(['620004123', '621378101', '610463164'])},{R.randint(1, 3)}.0000,{R.randint(1, 20)},{R.randint(7, 28)},,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,"))
    if R.random() < 0.25:
        out.append(uke_line(f"GO,{RECE['no']},{R.randint(100000, 5000000)},99"))
    return out


def L_rc(level, *pieces):
    t = CLK.tick()
    L = Line("receipt_batch")
    L.x(f"{ts_l4j(t)} {level:<5} [receipt-batch] jp.toto.receipt.ReceiptCheckJob - ", *pieces)
    return L


def ev_rc_phi():
    p = pick(INSURED)
    k = R.randint(0, 2)
    if k == 0 and p["kigo"]:
        return [L_rc("ERROR", f"E1021 記号番号形式エラー レセプト番号={R.randint(1, 1500)} カルテ番号=", P(p["mrn"], "mrn"),
                     " 記号=", P(p["kigo"], "health_plan"), " 番号=", P(p["bango"], "health_plan"), f" 保険者番号={p['insurer']}")]
    if k == 1:
        po = pick(OLD)
        return [L_rc("WARN", "W2003 年齢と保険種別の不整合 氏名=", P(nm_jp(po), "name"), " 生年月日=", P(gcode(po["dob"]), "date"),
                     " 年齢=", P(str(po["age"]), "age"), " 種別=1112 (75歳以上は後期高齢者)")]
    return [L_rc("WARN", "W3110 公費受給者番号 桁数不正 カルテ番号=", P(p["mrn"], "mrn"), " 受給者番号=", P(rd(6), "health_plan"),
                 " 負担者番号=54", rd(6))]


def ev_rc_noise():
    k = R.randint(0, 3)
    if k == 0:
        return [L_rc("INFO", f"レセプト電算ファイル作成開始 請求年月=令和6年4月 対象診療年月=令和6年3月 審査支払機関={ch(['社保', '国保'])}")]
    if k == 1:
        return [L_rc("INFO", f"RECEIPTC.UKE 出力完了 records={R.randint(15000, 22000):,} size={R.uniform(1.5, 3.5):.1f}MB "
                             f"sha256={hexs(64)}")]
    if k == 2:
        return [L_rc("INFO", f"チェック完了 総件数={R.randint(1100, 1400):,} エラー={R.randint(0, 9)} 警告={R.randint(10, 60)} "
                             f"総点数={R.randint(2000000, 3000000):,}")]
    return [L_rc("INFO", f"点数マスタ 令和6年度改定版 適用日=2024-06-01 件数={R.randint(9000, 10000):,}")]


def ev_rcsv():
    out = []
    if not CSV_STATE.get("rcsv"):
        CSV_STATE["rcsv"] = True
        L = Line("receipt_err_csv")
        L.x("チェック日時,レセプト番号,カルテ番号,患者氏名,診療年月,エラーコード,エラー内容")
        out.append(L)
    for _ in range(R.randint(1, 2)):
        p = pick(INSURED)
        t = CLK.tick()
        L = Line("receipt_err_csv")
        err = ch([("E1103", "傷病名未コード化（ワープロ病名）"), ("E2040", "算定日情報なし"), ("W4002", "長期処方 30日超"),
                  ("E1021", "記号番号形式エラー")])
        L.x(t.strftime("%Y/%m/%d %H:%M:%S"), f",{R.randint(1, 1500)},", P(p["mrn"], "mrn"), ",", P(nm_jp(p, " "), "name"), ",",
            P("令和6年3月", "date"), f",{err[0]},{err[1]}")
        out.append(L)
    return out


# ------------------------------------------------------------------------- SMS
def sms_body(p, ad, tm, d):
    wd = ad.weekday()
    lang = p["lang"]
    if lang == "ko":
        return [f"[도토의료센터] ", P(p["native"], "name"), f"님, ", P(f"{ad.month}월 {ad.day}일", "date"),
                f"({WD_KO[wd]}) {tm} {d[3]} 진료 예약이 있습니다. 변경: +81-3-5843-2188"]
    if lang in ("zh", "zh-TW"):
        hosp = "【东都医疗中心】" if lang == "zh" else "【東都醫療中心】"
        return [hosp, P(p["native"], "name"), ("先生" if p["sex"] == "M" else "女士"), "您好，您已预约",
                P(f"{ad.month}月{ad.day}日", "date"), f"（周{WD_ZH[wd]}）{tm}{d[4]}门诊。如需改约请致电{IPD_TEL}。"]
    if lang == "vi":
        return ["[Toto MC] Chao ", P(f"{p['rf']} {p['rg']}", "name"), ", lich hen ", P(f"{ad.day:02d}/{ad.month:02d}", "date"),
                f" luc {tm} khoa {d[2]}. LH: {IPD_TEL}"]
    if lang == "pt":
        return ["[Toto MC] Sr. ", P(nm_rom(p, "FL"), "name"), ", consulta ", P(f"{ad.day:02d}/{ad.month:02d}", "date"),
                f" as {tm}, {d[2]}. Tel {IPD_TEL}"]
    if lang == "ja":
        return ["【東都医療センター】", P(nm_jp(p, ""), "name"), "様 ", P(f"{ad.month}/{ad.day}", "date"),
                f"({WD_JA[wd]}) {tm} {d[1]}のご予約があります。変更は{HOSP_TEL}まで"]
    return ["Toto Medical Center: reminder for ", P(nm_rom(p, "FL"), "name"), f", {WD_EN[wd]} ",
            P(f"{ad.day} {MON[ad.month - 1]}", "date"), f" {tm} {d[2]}. Call +81-3-5843-2188 to change."]


def L_sms(level, *pieces):
    t = CLK.tick()
    L = Line("sms_gateway")
    L.x(f"{ts_lb(t)} {level:<5} [sms-dispatch-{R.randint(1, 6)}] j.t.notify.sms.SmsDispatcher - ", *pieces)
    return L


def ev_sms_phi():
    p = pick()
    k = R.randint(0, 2)
    mid = f"SMS-{TODAY.strftime('%Y%m%d')}-{rd(6)}"
    if k <= 1:
        body = mapp(sms_body(p, appt_date(), appt_time(), ch(DEPTS)), lambda s: s.replace('"', '\\"'))
        return [L_sms("INFO", f"send id={mid} to=", P(fphone(p["mobile"], "e164"), "phone"), f" lang={p['lang']} tmpl=APPT_REMIND_D1 body=\"",
                      *body, "\"")]
    return [L_sms("INFO", f"DLR id={mid} to=", P(fphone(p["mobile"], "e164n"), "phone"),
                  f" status={ch(['DELIVRD', 'DELIVRD', 'UNDELIV', 'EXPIRED'])} err={ch(['000', '000', '001', '0F2'])} "
                  f"carrier={ch(['DOCOMO', 'KDDI', 'SOFTBANK', 'SKT', 'CMCC', 'ROAMING'])}")]


def ev_sms_noise():
    k = R.randint(0, 3)
    if k == 0:
        u = R.randint(5000, 40000)
        return [L_sms("INFO", f"quota used {u:,}/50,000 ({u / 500:.1f}%) provider=Toto-SMS-Hub")]
    if k == 1:
        return [L_sms("WARN", f"provider HTTP 429 Too Many Requests; retry in {R.randint(1, 5) * 1000}ms (batch={uid()})")]
    if k == 2:
        return [L_sms("INFO", "template APPT_REMIND_D1 v7 loaded langs=ja,en,ko,zh-CN,zh-TW,vi,pt sender=TOTO-MC")]
    return [L_sms("INFO", f"batch done sent={R.randint(100, 400)} failed={R.randint(0, 8)} optout={R.randint(0, 5)} "
                          f"p95={R.randint(200, 900)}ms")]


# --------------------------------------------------------------------- postfix
RELAY = {"gmail.com": "gmail-smtp-in.l.google.com", "docomo.ne.jp": "mfsmax.docomo.ne.jp", "ezweb.ne.jp": "lsean.ezweb.ne.jp",
         "naver.com": "mx1.naver.com", "qq.com": "mx3.qq.com", "163.com": "163mx01.mxmail.netease.com"}


def L_pf(proc, *pieces):
    t = CLK.tick(0.05, 6)
    L = Line("postfix")
    L.x(f"{ts_sys(t)} mx01 postfix/{proc}[{R.randint(1000, 60000)}]: ", *pieces)
    return L


def ev_pf_phi():
    p = pick()
    q = hexs(10, True)
    em = p["email"]
    dom = em.split("@")[1]
    rel = RELAY.get(dom, "mx." + dom)
    k = R.randint(0, 2)
    out = [L_pf("qmgr", f"{q}: from=<noreply@toto-mc.example.jp>, size={R.randint(3000, 9000)}, nrcpt=1 (queue active)")]
    if k < 2:
        out.append(L_pf("smtp", f"{q}: to=<", P(em, "email"), f">, relay={rel}[{R.randint(20, 220)}.{R.randint(0, 255)}."
                                                                f"{R.randint(0, 255)}.{R.randint(1, 254)}]:25, delay={R.uniform(0.3, 3):.1f}, "
                                                                f"delays=0.1/0/{R.uniform(0.1, 1):.1f}/{R.uniform(0.1, 1):.1f}, dsn=2.0.0, status=sent (250 2.0.0 OK {hexs(8)})"))
    else:
        out.append(L_pf("smtp", f"{q}: to=<", P(em, "email"), f">, relay={rel}[{R.randint(20, 220)}.{R.randint(0, 255)}.1.{R.randint(1, 254)}]:25, "
                                                                "delay=1.1, dsn=5.1.1, status=bounced (host said: 550 5.1.1 <", P(em, "email"),
                    ">: Recipient address rejected: User unknown)"))
    return out


def ev_pf_noise():
    k = R.randint(0, 4)
    q = hexs(10, True)
    if k == 0:
        return [L_pf("smtpd", f"connect from app-notify01.toto.local[10.20.3.{R.randint(10, 30)}]")]
    if k == 1:
        return [L_pf("cleanup", f"{q}: message-id=<{CLK.t.strftime('%Y%m%d%H%M%S')}.{rd(5)}@toto-mc.example.jp>")]
    if k == 2:
        subj = ch(["【東都医療センター】ご予約のお知らせ", "【東都医療センター】検査結果のご案内"])
        enc = base64.b64encode(subj.encode("iso2022_jp")).decode()
        return [L_pf("cleanup", f"{q}: warning: header Subject: =?ISO-2022-JP?B?{enc}?= from app-notify01.toto.local[10.20.3.14]; "
                                "from=<noreply@toto-mc.example.jp> proto=ESMTP helo=<app-notify01>")]
    if k == 3:
        return [L_pf("anvil", f"statistics: max connection rate {R.randint(2, 20)}/60s for (smtp:10.20.3.14) at {ts_sys(CLK.t)}")]
    return [L_pf("qmgr", f"{q}: removed")]


# ---------------------------------------------------------------- mail bodies
def ev_mail_phi():
    p = pick()
    ad = appt_date()
    tm = appt_time()
    d = ch(DEPTS)
    lang = p["lang"]
    if lang == "ko":
        body = [P(p["native"], "name"), " 님 안녕하세요.\\n예약일시: ", P(fdate(ad, "ko"), "date"), f" ({WD_KO[ad.weekday()]}) {tm}\\n진료과: {d[3]}\\n환자번호: ",
                P(p["mrn"], "mrn"), "\\n통역: 한국어 통역사가 동행합니다."]
    elif lang in ("zh", "zh-TW"):
        body = ["尊敬的 ", P(p["native"], "name"), " 先生/女士：\\n您的预约：", P(fdate(ad, "jp"), "date"), f" {tm} {d[4]}\\n病历号：",
                P(p["mrn"], "mrn"), f"\\n请携带护照及保险资料。咨询：{IPD_TEL}"]
    elif lang == "ja":
        body = [P(nm_jp(p, " "), "name"), " 様\\nご予約日時：", P(wareki(ad), "date"), f"（{WD_JA[ad.weekday()]}）{tm}\\n診療科：{d[1]}\\n診察券番号：",
                P(p["mrn"], "mrn"), "\\n保険証またはマイナ保険証をお持ちください。"]
    else:
        body = ["Dear ", P(nm_rom(p, ch(["FL", "init"])), "name"), ",\\nYour appointment: ", P(fdate(ad, ch(["dmy", "us", "iso"])), "date"),
                f" {tm} ({d[2]})\\nPatient ID: ", P(p["mrn"], "mrn"), f"\\nInternational Patient Desk {IPD_TEL} / {IPD_MAIL}"]
    t = CLK.tick()
    L = Line("mail_render")
    L.x(f"{ts_lb(t)} DEBUG [mail-composer-{R.randint(1, 3)}] j.t.notify.mail.MailComposer - rendered tmpl=appt_remind_{lang} to=",
        P(p["email"], "email"), " body=\"", *body, "\"")
    return [L]


# ------------------------------------------------------------ insurance card OCR
def L_ocr(obj):
    L = Line("card_ocr_json")
    L.x(*jval(obj, "raw"))
    return L


def ev_ocr_phi():
    p = pick(INSURED)
    t = CLK.tick()
    if R.random() < 0.2:
        return [L_ocr(D([("ts", ts_isoj(t)), ("level", "WARN"), ("svc", "card-ocr"), ("reqId", uid()),
                         ("msg", "個人番号面を検出しました。保存禁止のため画像を破棄します"), ("cardType", "マイナンバーカード(裏面)"),
                         ("detected", D([("個人番号", P(ch([mynumber(), " ".join([mynumber()[i:i + 4] for i in (0, 4, 8)])]), "ssn")),
                                         ("氏名", P(nm_jp(p), "name"))])), ("action", "discarded")]))]
    conf = lambda: round(R.uniform(0.82, 0.995), 3)
    f = []
    if p["kigo"]:
        fwk = R.random() < 0.6
        f += [("保険者番号", D([("v", p["insurer"]), ("c", conf())])),
              ("記号", D([("v", P(fw(p["kigo"]) if fwk else p["kigo"], "health_plan")), ("c", conf())])),
              ("番号", D([("v", P(fw(p["bango"]) if fwk else p["bango"], "health_plan")), ("c", conf())])),
              ("枝番", D([("v", p["eda"]), ("c", conf())]))]
    else:
        f += [("保険者番号", D([("v", p["insurer"]), ("c", conf())])),
              ("被保険者番号", D([("v", P(p["bango"], "health_plan")), ("c", conf())]))]
    f += [("氏名", D([("v", P(nm_jp(p, ch(["　", " ", ""])), "name")), ("c", conf())])),
          ("生年月日", D([("v", P(fdate(p["dob"], ch(["wareki", "wareki", "fwwareki", "jp"])), "date")), ("c", conf())])),
          ("交付年月日", D([("v", P(wareki(dt.date(R.randint(2019, 2023), R.randint(1, 12), R.randint(1, 28))), "date")), ("c", conf())]))]
    if R.random() < 0.5:
        f.append(("住所", D([("v", P(p["addr"], "address")), ("c", conf())])))
    obj = D([("ts", ts_isoj(t)), ("level", "INFO"), ("svc", "card-ocr"), ("reqId", uid()), ("terminal", f"RECEPT-PC0{R.randint(1, 8)}"),
             ("cardType", {"kouki": "後期高齢", "kokuho": "国保", "shaho": "社保"}[p["ins_kind"]]), ("fields", D(f)),
             ("elapsedMs", R.randint(300, 1800))])
    return [L_ocr(obj)]


def ev_ocr_noise():
    t = CLK.tick()
    if R.random() < 0.5:
        obj = D([("ts", ts_isoj(t)), ("level", "WARN"), ("svc", "card-ocr"), ("reqId", uid()),
                 ("msg", "low confidence, manual entry required"), ("field", ch(["記号", "番号", "生年月日", "氏名"])),
                 ("c", round(R.uniform(0.3, 0.79), 3)), ("threshold", 0.8), ("deskewDeg", round(R.uniform(-6, 6), 1))])
    else:
        obj = D([("ts", ts_isoj(t)), ("level", "INFO"), ("svc", "card-ocr"), ("msg", "model loaded"),
                 ("model", f"jp-insurance-card-v{R.randint(3, 5)}.{R.randint(0, 9)}"), ("gpu", False), ("threads", 4),
                 ("sha1", hexs(40))])
    return [L_ocr(obj)]


# --------------------------------------------------- オンライン資格確認 XML
def ev_oqs_phi():
    p = pick(INSURED)
    t = CLK.tick()
    L = Line("oqs_xml")
    body = [f"{ts_jsl(t)} [INFO ] [OQS] 資格確認結果受信 ", '<?xml version="1.0" encoding="UTF-8"?><XmlMsg><MessageHeader>',
            f"<ProcessExecutionTime>{ts_hl7(t)}</ProcessExecutionTime><QualificationConfirmationDate>",
            P(TODAY.strftime("%Y%m%d"), "date"), "</QualificationConfirmationDate><MedicalInstitutionCode>1311234567</MedicalInstitutionCode>",
            f"<ArbitraryFileIdentifier>{rd(12)}</ArbitraryFileIdentifier><ReferenceClassification>{ch(['1', '2'])}</ReferenceClassification>",
            "<SegmentOfResult>1</SegmentOfResult><ErrorCode/></MessageHeader><MessageBody><ProcessingResultStatus>1</ProcessingResultStatus>",
            "<ResultList><ResultOfQualificationConfirmation>",
            f"<InsuredCardClassification>01</InsuredCardClassification><InsurerNumber>{p['insurer']}</InsurerNumber>"]
    if p["kigo"]:
        body += ["<InsuredCardSymbol>", P(xesc(fw(p["kigo"])), "health_plan"), "</InsuredCardSymbol>"]
    body += ["<InsuredIdentificationNumber>", P(fw(p["bango"]), "health_plan"), "</InsuredIdentificationNumber>"]
    if p["eda"]:
        body += [f"<InsuredBranchNumber>{p['eda']}</InsuredBranchNumber>"]
    body += [f"<PersonalFamilyClassification>1</PersonalFamilyClassification><Name>", P(xesc(nm_jp(p)), "name"), "</Name><NameKana>",
             P(nm_kana(p), "name"), "</NameKana>", f"<Sex1>{'1' if p['sex'] == 'M' else '2'}</Sex1><Birthdate>",
             P(fdate(p["dob"], "compact"), "date"), "</Birthdate><Address>", P(xesc(p["addr"]), "address"), "</Address><PostNumber>",
             P(p["zip"], "zip"), "</PostNumber><QualificationDate>", P(f"20{R.randint(10, 23)}0401", "date"),
             "</QualificationDate><InsuredCardValidDate/></ResultOfQualificationConfirmation></ResultList></MessageBody></XmlMsg>"]
    L.x(*body)
    return [L]


def ev_oqs_noise():
    t = CLK.tick()
    L = Line("oqs_xml")
    k = R.randint(0, 2)
    if k == 0:
        L.x(f"{ts_jsl(t)} [INFO ] [OQS] 資格確認要求送信 <XmlMsg><MessageHeader><ProcessExecutionTime>{ts_hl7(t)}</ProcessExecutionTime>"
            "<MedicalInstitutionCode>1311234567</MedicalInstitutionCode><ArbitraryFileIdentifier>"
            f"{rd(12)}</ArbitraryFileIdentifier><ReferenceClassification>1</ReferenceClassification></MessageHeader></XmlMsg>")
    elif k == 1:
        L.x(f"{ts_jsl(t)} [ERROR] [OQS] 資格確認結果 <ProcessingResultStatus>2</ProcessingResultStatus><ErrorCode>{ch(['1002', '2001', '9999'])}"
            "</ErrorCode><ErrorMessage>該当資格なし</ErrorMessage> retry=0")
    else:
        L.x(f"{ts_jsl(t)} [INFO ] [OQS] IPsec/IP-VPN 接続確認 OK rtt={R.randint(8, 60)}ms 証明書有効期限=2026/03/31 (医療機関)")
    return [L]


# ------------------------------------------------------ My Number card reader
def L_mnc(level, comp, *pieces):
    t = CLK.tick(0.1, 8)
    L = Line("mynumber_reader")
    L.x(f"{ts_jsl(t)} [{level:<5}] [{comp}] ", *pieces)
    return L


def ev_mnc_phi(k=None):
    p = pick(INSURED)
    k = R.randint(0, 5) if k is None else k
    if k == 0:
        return [L_mnc("WARN", "InputAssist", "券面事項入力補助: 個人番号がマスクされずに出力されました value=", P(mynumber(), "ssn"),
                      " (要インシデント報告)")]
    if k == 1:
        blob = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgy" + b64blob(R.randint(90, 150)).rstrip("=")
        return [L_mnc("DEBUG", "FaceAuth", f"capture ok 96x96 jpeg_b64=", P(blob, "photo"), f"... (truncated, total={R.randint(4000, 7000)} bytes)")]
    if k == 2:
        return [L_mnc("INFO", "InputAssist", "券面事項 氏名=", P(nm_jp(p), "name"), " 生年月日=", P(wareki(p["dob"]), "date"),
                      " 住所=", P(p["addr"], "address"), f" 性別={'男' if p['sex'] == 'M' else '女'}")]
    if k == 3:
        return [L_mnc("DEBUG", "FaceAuth", "template v3/512d=", P(b64blob(R.randint(60, 90)), "biometric"), f" score={R.uniform(0.8, 0.99):.3f}")]
    if k == 4:
        return [L_mnc("INFO", "Card", "利用者証明用電子証明書 読取 serial=", P("0x" + hexs(16, True), "other_id"),
                      " 発行者=JPKI 有効期限=", P(fdate(dt.date(R.randint(2025, 2029), R.randint(1, 12), R.randint(1, 28)), "slash"), "date"))]
    if p["kigo"]:
        return [L_mnc("INFO", "OQS", "資格情報取得 被保険者記号・番号=", P(f"{p['kigo']}・{p['bango']}", "health_plan"), f" 枝番={p['eda']} 氏名カナ=",
                      P(nm_kana(p), "name"))]
    return [L_mnc("INFO", "OQS", "資格情報取得(後期高齢) 被保険者番号=", P(p["bango"], "health_plan"), " 氏名カナ=", P(nm_kana(p), "name"))]


def ev_mnc_noise():
    k = R.randint(0, 6)
    rd_id = f"FR-0{R.randint(1, 5)}"
    if k == 0:
        return [L_mnc("INFO", "Card", f"マイナンバーカード検出 reader={rd_id} (SN:FKR2203{rd(6)}) ATR=3B8A80014A4F50{hexs(8, True)}")]
    if k == 1:
        return [L_mnc("INFO", "FaceAuth", f"顔認証結果=一致 score={R.uniform(0.8, 0.99):.3f} threshold=0.800 elapsed={R.randint(900, 3000)}ms")]
    if k == 2:
        return [L_mnc("INFO", "Consent", f"同意区分 診療情報={R.randint(0, 1)} 薬剤情報={R.randint(0, 1)} 特定健診={R.randint(0, 1)} 手術情報={R.randint(0, 1)}")]
    if k == 3:
        return [L_mnc("ERROR", "Card", f"暗証番号照合失敗 残り試行回数={R.randint(1, 2)} reader={rd_id}")]
    if k == 4:
        return [L_mnc("INFO", "Reader", f"{rd_id} firmware 2.1.{R.randint(3, 9)} temp={R.uniform(35, 45):.1f}C uptime={R.randint(100, 4000)}h")]
    if k == 5:
        return [L_mnc("INFO", "Staff", f"職員認証 user={ch(CLERKS)[0]} method=finger_vein template_id=FV-{rd(6)} result=OK")]
    return [L_mnc("WARN", "OQS", f"オンライン資格確認 応答遅延 {R.randint(3000, 9000)}ms (閾値3000ms) 再送=1")]


# ------------------------------------------------------------- Windows events
def wxml(eid, provider, guid, channel, comp, data, userdata=None, level=0, task=12800):
    t = CLK.tick()
    L = Line("win_event_xml")
    L.x("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>",
        f"<Provider Name='{provider}' Guid='{{{guid}}}'/><EventID>{eid}</EventID><Version>1</Version><Level>{level}</Level>",
        f"<Task>{task}</Task><Opcode>0</Opcode><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime='{ts_utc7(t)}'/>",
        f"<EventRecordID>{R.randint(1000000, 9999999)}</EventRecordID><Correlation/><Execution ProcessID='{R.randint(4, 9000)}' "
        f"ThreadID='{R.randint(100, 9000)}'/><Channel>{channel}</Channel><Computer>{comp}</Computer><Security/></System>")
    if userdata:
        L.x("<UserData>", *userdata, "</UserData>")
    else:
        L.x("<EventData>")
        for k, v in data:
            L.x(f"<Data Name='{k}'>", *(v if isinstance(v, list) else [xesc(v)]), "</Data>")
        L.x("</EventData>")
    L.x("</Event>")
    return L


SEC_GUID = "54849625-5478-4994-A5BA-3E3B0328C30D"


def ev_win_phi():
    p = pick()
    k = R.randint(0, 1)
    user = ch(NURSES + CLERKS)[0].lower()
    if k == 0:
        dobs = fdate(p["dob"], ch(["wshortp", "compact", "wcompact"]))
        fn = ["D:\\Share\\Scan\\紹介状\\2024\\03\\", P(p["mrn"], "mrn"), "_", P(nm_jp(p, ""), "name"), "_", P(dobs, "date"), ".pdf"]
        return [wxml(4663, "Microsoft-Windows-Security-Auditing", SEC_GUID, "Security", "FS01.toto.local",
                     [("SubjectUserSid", f"S-1-5-21-{rd(10)}-{rd(10)}-{rd(10)}-{R.randint(1100, 9000)}"), ("SubjectUserName", user),
                      ("SubjectDomainName", "TOTO"), ("ObjectServer", "Security"), ("ObjectType", "File"), ("ObjectName", fn),
                      ("AccessMask", "0x1"), ("ProcessName", "C:\\Windows\\explorer.exe")])]
    ud = ["<DocumentPrinted xmlns='http://manifests.microsoft.com/win/2005/08/windows/printing/spooler/core/events'>",
          f"<Param1>{R.randint(1, 400)}</Param1><Param2>", ch(["処方箋_", "紹介状_", "診断書_", "Invoice_"]), P(nm_jp(p, "" if p["jp"] else " "), "name"), "_",
          P(p["mrn"], "mrn"), f"</Param2><Param3>{user}</Param3><Param4>\\\\{ch(WS)}</Param4><Param5>RX-PRN-0{R.randint(1, 4)}</Param5>",
          f"<Param6>IP_10.20.8.{R.randint(10, 40)}</Param6><Param7>{R.randint(20000, 900000)}</Param7><Param8>{R.randint(1, 4)}</Param8>",
          "</DocumentPrinted>"]
    return [wxml(307, "Microsoft-Windows-PrintService", "747EF6FD-E535-4D16-B510-42C90F6873A1",
                 "Microsoft-Windows-PrintService/Operational", "PRTSRV01.toto.local", None, ud, 4, 26)]


def ev_win_noise():
    k = R.randint(0, 2)
    if k == 0:
        return [wxml(4624, "Microsoft-Windows-Security-Auditing", SEC_GUID, "Security", f"{ch(WS)}.toto.local",
                     [("TargetUserName", ch(NURSES + DOCS + CLERKS)[0].lower()), ("TargetDomainName", "TOTO"),
                      ("LogonType", ch(["2", "3", "7", "10"])), ("IpAddress", f"10.20.{R.randint(1, 9)}.{R.randint(2, 250)}"),
                      ("IpPort", "0"), ("LogonProcessName", "User32"), ("AuthenticationPackageName", "Negotiate")], task=12544)]
    if k == 1:
        return [wxml(7036, "Service Control Manager", "555908d1-a6d7-4695-8e1e-26931d2012f4", "System", "EMR-APP01.toto.local",
                     [("param1", ch(["Toto EMR Order Gateway", "SS-MIX2 Writer", "ORCA Bridge", "Windows Update"])),
                      ("param2", ch(["running", "stopped"]))], level=4, task=0)]
    return [wxml(4625, "Microsoft-Windows-Security-Auditing", SEC_GUID, "Security", f"{ch(WS)}.toto.local",
                 [("TargetUserName", ch(NURSES + CLERKS)[0].lower()), ("Status", "0xc000006d"), ("SubStatus", "0xc000006a"),
                  ("LogonType", "2"), ("IpAddress", "-")], task=12544)]


def snare(t, eid, src, typ, host, *msg):
    L = Line("win_snare")
    L.x(f"<14>{ts_sys(t)} {host} MSWinEventLog\t1\tApplication\t{R.randint(10000, 99999)}\t{t.strftime('%a %b %d %H:%M:%S %Y')}\t"
        f"{eid}\t{src}\tN/A\tN/A\t{typ}\t{host}\tNone\t\t", *msg, f"\t{R.randint(100, 999)}")
    return L


def ev_snare_phi():
    p = pick()
    t = CLK.tick()
    host = ch(WS)
    if R.random() < 0.5:
        return [snare(t, 1026, ".NET Runtime", "Error", host,
                      "Application: EmrClient.exe Framework Version: v4.0.30319 Description: The process was terminated due to an "
                      "unhandled exception. Exception Info: System.InvalidOperationException: 患者 ", P(p["mrn"], "mrn"), " (",
                      P(nm_kana(p, " "), "name"), ") のカルテは他端末でロック中です   at Toto.Emr.Client.KarteForm.Open(String ptId)")]
    return [snare(t, 1000, "EmrClient", "Warning", host, "印刷ジョブ失敗 帳票=お薬手帳シール 患者=", P(nm_jp(p, " "), "name"),
                  " 生年月日=", P(fdate(p["dob"], "wshort"), "date"), " プリンタ=LBL-PRN-02 (用紙切れ)")]


def ev_snare_noise():
    t = CLK.tick()
    host = ch(WS)
    if R.random() < 0.5:
        return [snare(t, 1000, "Application Error", "Error", host,
                      f"Faulting application name: EmrClient.exe, version: 8.2.1.{R.randint(100, 999)}, time stamp: 0x{hexs(8)} "
                      f"Faulting module name: ntdll.dll, version: 10.0.19041.{R.randint(3000, 4000)}, exception code: 0xc0000374")]
    return [snare(t, 1033, "MsiInstaller", "Information", host,
                  f"Windows Installer installed the product. Product Name: Toto EMR Client. Product Version: 8.2.1.{R.randint(100, 999)}. "
                  "Product Language: 1041. Manufacturer: Toto IT. Installation success or error status: 0.")]


def ev_nxlog_noise():
    t = CLK.tick()
    obj = D([("EventTime", t.strftime("%Y-%m-%d %H:%M:%S")), ("Hostname", f"{ch(WS + ['RECEPT-PC05', 'RECEPT-PC02'])}.toto.local"),
             ("Keywords", -9214364837600034816), ("EventType", "AUDIT_SUCCESS"), ("SeverityValue", 2), ("Severity", "INFO"),
             ("EventID", ch([4624, 4634, 4672])), ("SourceName", "Microsoft-Windows-Security-Auditing"),
             ("ProviderGuid", "{" + SEC_GUID + "}"), ("Version", 2), ("Task", 12544), ("RecordNumber", R.randint(10 ** 6, 10 ** 7)),
             ("ProcessID", R.randint(500, 900)), ("ThreadID", R.randint(1000, 9000)), ("Channel", "Security"),
             ("TargetUserName", ch(NURSES + CLERKS + DOCS)[0].lower()), ("TargetDomainName", "TOTO"), ("LogonType", "2"),
             ("IpAddress", f"10.20.{R.randint(1, 9)}.{R.randint(2, 250)}"), ("EventReceivedTime", t.strftime("%Y-%m-%d %H:%M:%S")),
             ("SourceModuleName", "eventlog"), ("SourceModuleType", "im_msvistalog")])
    L = Line("nxlog_json")
    L.x(*jval(obj, "raw"))
    return [L]


def ev_nxlog_phi():
    p = pick()
    t = CLK.tick()
    obj = D([("EventTime", t.strftime("%Y-%m-%d %H:%M:%S")), ("Hostname", f"{ch(WS)}.toto.local"), ("EventType", "WARNING"),
             ("SeverityValue", 3), ("Severity", "WARNING"), ("EventID", 2101), ("SourceName", "Toto.ScanAgent"), ("Channel", "Application"),
             ("Message", S(["スキャン取込 保留: QR読取不可のためファイル名から患者を推定 file=", P(p["mrn"], "mrn"), "_", P(nm_kana(p, ""), "name"),
                            "_同意書.tif"])), ("SourceModuleName", "eventlog")])
    L = Line("nxlog_json")
    L.x(*jval(obj, "raw"))
    return [L]


# ------------------------------------------------------------- nursing notes
def ev_nurse(extra=None):
    p = pick(OLD + PEOPLE)
    t = CLK.tick()
    nz = ch(NURSES)
    out = []
    rec_d = TODAY
    h = Line("nursing_note")
    hdr = [f"[看護記録] 記録日=", P(fdate(rec_d, ch(["slash", "wareki", "jp"])), "date"), f" {t.strftime('%H:%M')} 病棟=5東 ",
           f"{R.randint(501, 530)}号室 患者ID=", P(p["mrn"], "mrn"), " ", P(nm_jp(p, " "), "name"), "様 ("]
    if p["age"] > 89:
        hdr += [P(str(p["age"]), "age"), "歳)"]
    else:
        hdr += [f"{p['age']}歳)"]
    h.x(*hdr, f" 記載者={nz[0]} {nz[1]}")
    out.append(h)

    def nl(*pieces):
        L = Line("nursing_note")
        L.x(*pieces)
        out.append(L)

    nl("S)「", ch(["昨夜は痛みであまり眠れなかった", "お腹が張る感じがする", "家に帰りたい", "ご飯は半分くらい食べた",
                  "息が少し苦しい"]), "」と。")
    nl(f"O) BT {R.uniform(36.0, 38.4):.1f}℃ P {R.randint(58, 110)} BP {R.randint(100, 170)}/{R.randint(55, 95)} SpO2 {R.randint(90, 99)}%(RA) "
       f"{ch(['創部 発赤なし 滲出液少量', '下肢浮腫(+)', '尿量 1,200mL/日', '排便なし 3日目'])}")
    extra = R.randint(0, 6) if extra is None else extra
    if extra == 1 and p["jp"]:
        extra = 0
    if extra == 2 and not p["resident"]:
        extra = 6
    if extra == 0:
        r = relative(p)
        nl(f"{r['rel'][0]} ", P(nm_jp(r, " ") if p["jp"] else r["native"], "name"), "様（", P(fphone(r["phone"]), "phone"),
           "）へ電話連絡し、", P(fdate(appt_date(), ch(["jp", "wareki", "slash1"])), "date"), "の面会予定を確認した。")
    elif extra == 1:
        nl(f"通訳（{ {'ko': '韓国語', 'zh': '中国語', 'zh-TW': '中国語', 'vi': 'ベトナム語', 'pt': 'ポルトガル語'}.get(p['lang'], '英語') }）同席のもと、",
           P(ch([p["native"], nm_kana(p, " ")]), "name"), "様へ退院指導実施。退院予定日 ", P(f"{(TODAY + dt.timedelta(days=R.randint(2, 9))).month}/"
                                                                                       f"{(TODAY + dt.timedelta(days=R.randint(2, 9))).day}", "date"), "。")
    elif extra == 2:
        r = relative(p)
        nl("家族（", r["rel"][0], "・", P(nm_jp(r, "") if p["jp"] else r["native"], "name"), "さん）より住所変更の申し出あり：〒",
           P(zip_fmt(p["zip"]) if p["resident"] else "169-0072", "zip"), " ", P(p["addr"] if p["resident"] else "東京都新宿区大久保2-18-7", "address"),
           "。医事課へ連絡済。")
    elif extra == 3:
        nl("ペースメーカー手帳確認：製造番号 ", P(f"{ch(['PJN', 'RNB', 'KDR'])}{rd(6)}{ch(['S', 'H', 'G'])}", "device"), "、次回外来チェック ",
           P(fdate(appt_date(), "wareki"), "date"), "。")
    elif extra == 4:
        nl(f"{ch(['2019', '2015', '2008'])}年に胃癌にて手術歴あり（本人申告）。FreeStyleリブレ センサー番号 ", P("0M" + hexs(8, True), "device"),
           " 装着中。")
    elif extra == 5:
        r = relative(p)
        nl("入院日 ", P(wareki(TODAY - dt.timedelta(days=R.randint(2, 20))), "date"), "。キーパーソンは", r["rel"][0], "の ",
           P(r["native"] if not p["jp"] else nm_jp(r, " "), "name"), " 氏（FAX兼用 ", P(fphone(jp_land(), "hy"), "fax"), "）。")
    nl("A) ", ch(["術後疼痛コントロール不十分。", "転倒リスク高（スコア14点）。", "脱水傾向あり。", "せん妄リスクあり。"]))
    nl("P) ", ch(["疼痛時指示のロキソプロフェン使用。ナースコール指導継続。", "飲水促し、IN/OUT観察継続。",
                  "夜間巡視 2時・4時、離床センサー使用。", "リハビリ室へ車椅子にて移送予定（13:30）。"]))
    return out


# -------------------------------------------------------------------- nginx
UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0",
      "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36 MicroMessenger/8.0.47"]


def ngx(ip, req, st, size, ref, ua):
    t = CLK.tick(0.05, 10)
    L = Line("nginx_access")
    L.x(ip if isinstance(ip, P) else ip, f" - - [{ts_ngx(t)}] \"", *req, f"\" {st} {size} \"", *ref, f"\" \"{ua}\" rt={R.uniform(0.002, 0.6):.3f}")
    return L


def ev_ngx_phi():
    p = pick()
    ip = P(pub_ip(), "ip")
    k = R.randint(0, 2)
    if k == 0:
        return [ngx(ip, ["GET /portal/api/v1/appointments?patientNo=", P(p["mrn"], "mrn"), "&status=booked HTTP/2.0"], 200,
                    R.randint(300, 3000), ["https://portal.toto-mc.example.jp/appointments"], ch(UA))]
    if k == 1:
        q = lambda s: urllib.parse.quote(s, safe="")
        return [ngx(ip, ["GET /intl/inquiry/complete?lang=", p["lang"], "&name=", P(q(ch([p["native"], nm_rom(p, "FL")])), "name"),
                         "&email=", P(q(p["email"]), "email"), "&tel=", P(q(fphone(p["mobile"], "e164")), "phone"), " HTTP/1.1"],
                    200, R.randint(2000, 9000), ["https://www.toto-mc.example.jp/intl/", p["lang"], "/inquiry"], ch(UA))]
    return [ngx(ip, [f"POST /portal/api/v1/messages HTTP/2.0"], 201, R.randint(40, 200),
                ["https://portal.toto-mc.example.jp/messages"], ch(UA))]


def ev_ngx_noise():
    k = R.randint(0, 3)
    if k == 0:
        return [ngx(f"10.20.0.{R.randint(2, 9)}", ["GET /healthz HTTP/1.1"], 200, 2, ["-"], "kube-probe/1.28")]
    if k == 1:
        return [ngx(f"66.249.66.{R.randint(1, 200)}", ["GET /robots.txt HTTP/1.1"], 200, 112, ["-"],
                    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    if k == 2:
        return [ngx(f"10.20.3.{R.randint(10, 30)}", [f"GET /static/js/app.{hexs(8)}.js HTTP/2.0"], 304, 0,
                    ["https://portal.toto-mc.example.jp/"], ch(UA))]
    return [ngx(f"10.20.0.{R.randint(2, 9)}", ["GET /intl/ko/ HTTP/1.1"], 200, R.randint(8000, 20000), ["-"],
                "Zabbix 6.4 web scenario")]


# --------------------------------------------------------------- audit CSV
def ev_audit_phi():
    out = []
    if not CSV_STATE.get("audit"):
        CSV_STATE["audit"] = True
        L = Line("audit_csv")
        L.x("アクセス日時,利用者ID,利用者名,端末名,操作区分,患者ID,患者氏名,画面ID,結果,理由")
        out.append(L)
    for _ in range(R.randint(1, 3)):
        p = pick()
        t = CLK.tick(0.2, 12)
        u = ch(NURSES + CLERKS)
        op = ch(["参照", "参照", "更新", "印刷", "緊急閲覧"])
        L = Line("audit_csv")
        reason = "救急搬送対応" if op == "緊急閲覧" else ""
        nm = nm_jp(p, ch([" ", "　"]))
        L.x(f"{t.strftime('%Y/%m/%d %H:%M:%S')},{u[0]},{u[1]},{ch(WS)},{op},", P(p["mrn"], "mrn"), ",", P(nm, "name"),
            f",KRT0{R.randint(10, 99)},OK,{reason}")
        out.append(L)
    return out


def ev_audit_noise():
    out = []
    if not CSV_STATE.get("audit"):
        return ev_audit_phi()
    t = CLK.tick()
    u = ch(NURSES + CLERKS + DOCS)
    L = Line("audit_csv")
    L.x(f"{t.strftime('%Y/%m/%d %H:%M:%S')},{u[0]},{u[1] if len(u) == 2 else u[1] + ' ' + u[2]},{ch(WS)},{ch(['ログイン', 'ログアウト', 'パスワード変更'])},,,LGN001,OK,")
    out.append(L)
    return out


# ---------------------------------------------------------------- parking
def L_park(*pieces):
    t = CLK.tick()
    L = Line("parking")
    L.x(f"{t.strftime('%Y-%m-%d %H:%M:%S')} [PARK] ", *pieces)
    return L


def ev_park_phi():
    p = pick(INSURED)
    if R.random() < 0.6:
        return [L_park(f"駐車料金認証 ticket=P{TODAY.strftime('%m%d')}-{rd(4)} 患者ID=", P(p["mrn"], "mrn"), " 車両番号=\"", P(plate(), "vehicle"),
                       "\" 区分=外来患者 割引=3時間無料 端末=会計2")]
    return [L_park("障害者用区画予約 患者ID=", P(p["mrn"], "mrn"), " 車両番号=\"", P(plate(), "vehicle"), "\" 来院日=",
                   P(appt_date().isoformat(), "date"), " 登録者=", ch(CLERKS)[0])]


def ev_park_noise():
    k = R.randint(0, 1)
    if k == 0:
        return [L_park(f"GATE-IN lane={R.randint(1, 3)} ticket=P{TODAY.strftime('%m%d')}-{rd(4)} 満空=空 残={R.randint(5, 120)}")]
    return [L_park(f"GATE-OUT lane={R.randint(1, 3)} ticket=P{TODAY.strftime('%m%d')}-{rd(4)} 料金=¥{ch([0, 200, 400, 600])} 精算機=PM-0{R.randint(1, 3)}")]


# ---------------------------------------------------------- IPD coordinator notes
def ev_ipd(k=None, p=None):
    p = p or pick(FGN)
    t = CLK.tick()
    c = ch(CLERKS[2:])
    out = []

    def nl(*pieces):
        L = Line("ipd_note")
        L.x(*pieces)
        out.append(L)

    sexw = "M" if p["sex"] == "M" else "F"
    nl(f"[IPD-NOTE] {t.strftime('%Y-%m-%d %H:%M')} case=", P(p["case"], "other_id"), f" by {c[0]} ({c[1]}): Pt ",
       P(nm_rom(p, ch(["UL", "UcF", "FL"])), "name"), f" ({sexw}, DOB ", P(fdate(p["dob"], ch(["dmy", "us", "iso", "dmy_up", "eu"])), "date"),
       ")", (" age " if p["age"] > 89 else ""), *([P(str(p["age"]), "age"), " y/o"] if p["age"] > 89 else []),
       *([" walk-in, referred by local clinic (紹介状あり)."] if p["resident"] else
         [" arrived via ", ch(["NRT", "HND"]), f" {ch(['KE703', 'CA925', 'NH6', 'JL44', 'TG676', 'EK318'])}."]))
    k = R.randint(0, 4) if k is None else k
    if not p["resident"]:
        nl("  Passport ", P(p["passport"], "license"), f"; travel ins {p['trav_ins']} policy ", P(p["policy"], "health_plan"),
           "; GOP pending. Mobile ", P(fphone(p["mobile"]), "phone"), ", e-mail ", P(p["email"], "email"), ".")
        hs = []
        if p.get("state") is not None:
            hs = [P(p["addr"], "address"), ", " + p["state"] + " ", P(p["zip"], "zip")]
        elif p["zip"]:
            hs = [P(p["addr"], "address"), " ", P(p["zip"], "zip")]
        else:
            hs = [P(p["addr"], "address")]
        nl("  Home address: ", *hs)
    else:
        nl("  在留カード ", P(p["zairyu"], "license"), f", 保険 {p['insname']} 記号/番号 ", P(f"{p['kigo']}/{p['bango']}" if p["kigo"] else p["bango"], "health_plan"),
           ", tel ", P(fphone(p["mobile"]), "phone"), ".")
    if k == 0:
        r = relative(p)
        nl("  Accompanied by spouse ", P(nm_rom(r, ch(["FL", "UU"])), "name"), " (", P(fphone(r["phone"]), "phone"), "), will sign consent.")
    elif k == 1:
        hh = f"{p['rg'].lower().replace(' ', '')}.{p['rf'].lower().replace(' ', '').replace(chr(39), '')}"
        if p["cc"] == "KR":
            u = f"https://blog.naver.com/{p['rf'].lower()}{rd(4)}"
        elif p["cc"] == "CN":
            u = f"https://weibo.com/u/{rdnz(10)}"
        elif p["cc"] == "RU":
            u = f"https://vk.com/{hh.replace('.', '_')}{rd(2)}"
        else:
            u = ch([f"https://www.instagram.com/{hh}{rd(2)}/", f"https://www.facebook.com/{hh}.{rd(2)}"])
        nl("  Pt shares progress on ", P(u, "url"),
           " - asked not to post photos of staff.")
    elif k == 2 and p["cc"] == "US":
        nl("  Claim form for US insurer: member ID ", P(f"W{rd(9)}", "health_plan"), ", SSN ", P(ssn(), "ssn"), " (per insurer form, keep in sealed file).")
    elif k == 3:
        nl("  Insulin pump brought from home, S/N ", P(f"NG{rd(7)}H", "device"), f"; endocrine consult {ch(DOCS)[0]}.")
    else:
        nl("  Next visit ", P(fdate(appt_date(), ch(["dmy", "iso", "us"])), "date"), f" {appt_time()}, interpreter {ch(INTERPS)[0]} requested.")
    nl(f"  Deposit 300,000 JPY by card ************{rd(4)}; desk contact {IPD_TEL} / fax {IPD_FAX}.")
    return out


def ev_ipd_noise():
    t = CLK.tick()
    L = Line("ipd_note")
    L.x(f"[IPD-NOTE] {t.strftime('%Y-%m-%d %H:%M')} daily handover by {ch(CLERKS[2:])[0]}: open cases={R.randint(10, 40)}, "
        f"GOP pending={R.randint(1, 9)}, arrivals today={R.randint(0, 6)}; sandbox card 4111 1111 1111 1111 removed from test config.")
    return [L]


# ================================================================= schedule
PHI_EV = [(ev_emr_phi, 12), (ev_net_phi, 6), (ev_stj_phi, 7), (ev_clef_phi, 4), (ev_kv_phi, 4), (ev_interp_csv, 2),
          (ev_hl7_phi, 3), (ev_hapi_phi, 4), (ev_ss_phi, 7), (ev_uke_phi, 3), (ev_rc_phi, 3), (ev_rcsv, 2),
          (ev_sms_phi, 7), (ev_pf_phi, 4), (ev_mail_phi, 6), (ev_ocr_phi, 4), (ev_oqs_phi, 3), (ev_mnc_phi, 7),
          (ev_win_phi, 3), (ev_snare_phi, 2), (ev_nxlog_phi, 1), (ev_nurse, 5), (ev_ngx_phi, 4), (ev_audit_phi, 3),
          (ev_park_phi, 2), (ev_ipd, 5)]
NOISE_EV = [(ev_emr_noise, 14), (ev_net_noise, 4), (ev_stj_noise, 3), (ev_clef_noise, 3), (ev_kv_noise, 3),
            (ev_hl7_noise, 2), (ev_hapi_noise, 3), (ev_ss_noise, 3), (ev_rc_noise, 3), (ev_sms_noise, 4),
            (ev_pf_noise, 5), (ev_ocr_noise, 2), (ev_oqs_noise, 2), (ev_mnc_noise, 6), (ev_win_noise, 4),
            (ev_snare_noise, 2), (ev_nxlog_noise, 3), (ev_ngx_noise, 4), (ev_audit_noise, 2), (ev_park_noise, 2),
            (ev_ipd_noise, 1)]
N = 500
TARGET_NOPHI = 0.55
US = [p for p in PEOPLE if p["cc"] == "US"]
RARE = {"ssn": (3, [lambda: ev_mnc_phi(0), lambda: ev_ipd(2, US[0])]),
        "photo": (2, [lambda: ev_mnc_phi(1)]),
        "biometric": (2, [lambda: ev_mnc_phi(3)]),
        "url": (3, [lambda: ev_stj_phi(6), lambda: ev_ipd(1)]),
        "fax": (3, [lambda: ev_emr_phi(2), lambda: ev_nurse(5)]),
        "account": (4, [lambda: ev_net_phi(5), lambda: ev_stj_phi(4), lambda: ev_stj_phi(5)]),
        "device": (5, [lambda: ev_emr_phi(9), lambda: ev_emr_phi(10), lambda: ev_nurse(3), lambda: ev_nurse(4),
                       lambda: ev_ipd(3)]),
        "vehicle": (3, [ev_park_phi]),
        "ip": (5, [ev_ngx_phi, lambda: ev_emr_phi(12)]),
        "age": (6, [lambda: ev_emr_phi(7), ev_rc_phi]),
        "license": (6, [lambda: ev_stj_phi(2), ev_ipd]),
        "zip": (10, [lambda: ev_emr_phi(2), ev_oqs_phi]),
        "other_id": (20, [lambda: ev_net_phi(2), lambda: ev_mnc_phi(4), ev_ipd])}


def build():
    lines = []
    guard = 0
    while len(lines) < N:
        guard += 1
        assert guard < 100000
        nophi = sum(1 for l in lines if not l.spans)
        want_noise = nophi < TARGET_NOPHI * (len(lines) + 1)
        ev = wch(NOISE_EV if want_noise else PHI_EV)
        if not want_noise and R.random() < 0.45:
            cnt = {}
            for l in lines:
                for sp in l.spans:
                    cnt[sp[2]] = cnt.get(sp[2], 0) + 1
            need = [c for c, (m, _) in RARE.items() if cnt.get(c, 0) < m]
            if need:
                ev = ch(RARE[ch(need)][1])
        new = ev()
        if len(lines) + len(new) > N:
            continue
        lines.extend(new)
    return lines


def main():
    lines = build()
    out_log = os.path.join(HERE, f"{ID}.log")
    out_lab = os.path.join(HERE, f"{ID}.labels.jsonl")
    raw = []
    labs = []
    for i, L in enumerate(lines, 1):
        b = L.check()
        raw.append(b)
        labs.append(json.dumps({"line": i, "family": L.fam,
                                "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in L.spans]}, ensure_ascii=False))
    assert len(raw) == N
    with open(out_log, "wb") as f:
        f.write(b"\n".join(raw) + b"\n")
    with open(out_lab, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labs) + "\n")
    # summary
    cats = {}
    fams = {}
    for L in lines:
        fams[L.fam] = fams.get(L.fam, 0) + 1
        for s, e, c, _ in L.spans:
            cats[c] = cats.get(c, 0) + 1
    nophi = sum(1 for L in lines if not L.spans)
    print(f"lines={len(lines)} nophi={nophi} ({100.0 * nophi / len(lines):.1f}%) families={len(fams)}")
    print("cats", json.dumps(dict(sorted(cats.items(), key=lambda x: -x[1])), ensure_ascii=False))
    print("fams", json.dumps(dict(sorted(fams.items(), key=lambda x: -x[1])), ensure_ascii=False))


if __name__ == "__main__":
    main()
