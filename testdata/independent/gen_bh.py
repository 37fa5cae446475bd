#!/usr/bin/env python3
"""Generator for the 'bh' labeled PHI test corpus.

Theme: small practices' homegrown / legacy software (FileMaker, MS Access,
VB6, Delphi, Classic ASP, ColdFusion, Perl CGI, old PHP, WordPress form
plugins, Joomla, Excel VBA, batch scripts, fax servers, dental/chiro PM
software, Java applets, Lotus Notes, dBase/FoxPro, INI dumps, front-desk
notes).

Standard library only, fixed seed, deterministic.  Every line is built from
segments; span offsets are computed (in UTF-8 bytes) while the line is built
and re-checked against the written bytes before anything is written.
All people and identifiers are synthetic.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import urllib.parse

SEED = 20240305
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_CLEAN = 0.45

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


# ---------------------------------------------------------------- core
class Line:
    def __init__(self, family, segs):
        self.family = family
        parts, spans, n = [], [], 0
        for sg in segs:
            if isinstance(sg, tuple):
                txt, cat = sg
            else:
                txt, cat = sg, None
            txt = str(txt)
            b = len(txt.encode("utf-8"))
            if cat:
                assert cat in CATS, cat
                assert b > 0, (family, segs)
                spans.append((n, n + b, cat, txt))
            parts.append(txt)
            n += b
        self.text = "".join(parts)
        self.spans = spans
        assert "\n" not in self.text and "\r" not in self.text, self.text


def P(value, cat, enc=None):
    value = str(value)
    return (enc(value) if enc else value, cat)


def esc(segs, fn):
    """Apply a character-wise escaping function to every piece of a value."""
    out = []
    for sg in segs:
        if isinstance(sg, tuple):
            out.append((fn(sg[0]), sg[1]))
        else:
            out.append(fn(sg))
    return out


def raw_len(segs):
    n = 0
    for sg in segs:
        n += len((sg[0] if isinstance(sg, tuple) else sg).encode("utf-8"))
    return n


def jesc(s):          # JSON, ASCII only (\u escapes)
    return json.dumps(s, ensure_ascii=True)[1:-1]


def jesc_u(s):        # JSON, UTF-8 kept
    return json.dumps(s, ensure_ascii=False)[1:-1]


def phpj(s):          # PHP json_encode default: \u escapes and escaped slashes
    return json.dumps(s, ensure_ascii=True)[1:-1].replace("/", "\\/")


def urlq(s):          # application/x-www-form-urlencoded
    return urllib.parse.quote_plus(s, safe="")


def urlq_iis(s):      # loosely encoded query strings as seen in IIS logs
    return urllib.parse.quote(s, safe="/:@-._~").replace("%20", "+")


def sqlq(s):
    return s.replace("'", "''")


def htm(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def perlq(s):
    return s.replace("\\", "\\\\").replace("'", "\\'")


def csvq(s):
    return s.replace('"', '""')


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ı", "i")


def pick(seq):
    return R.choice(seq)


_CYC = {}


def cycle(key, n):
    """Deterministic round-robin over variants (keeps rare categories evenly covered)."""
    i = _CYC.get(key, 0)
    _CYC[key] = i + 1
    return i % n


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# ---------------------------------------------------------------- checksums
def luhn_digit(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card_number():
    kind = pick(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = "5" + str(R.randint(1, 5)) + digits(13)
    elif kind == "amex":
        body = "3" + pick("47") + digits(12)
    else:
        body = "6011" + digits(11)
    return kind, body + luhn_digit(body)


def fmt_card(num, style):
    if style == "plain":
        return num
    sep = "-" if style == "dash" else " "
    if len(num) == 15:
        return num[:4] + sep + num[4:10] + sep + num[10:]
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


VIN_TR = {**{str(i): i for i in range(10)},
          "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
          "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = pick(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KNA", "1G1", "WBA", "1N4", "4T1", "5FN", "2HG", "1C4", "3GN"])
    vds = "".join(R.choice(VIN_CH) for _ in range(5))
    year = pick("CDEFGHJKLMN")
    plant = R.choice(VIN_CH[:-10])
    serial = digits(6)
    v = wmi + vds + "0" + year + plant + serial
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    chk = "X" if s == 10 else str(s)
    return v[:8] + chk + v[9:]


def imei():
    body = pick(["35391805", "35332510", "35900611", "86462103", "35623210", "01326300", "35467109"]) + digits(6)
    return body + luhn_digit(body)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    c = [str(R.randint(1, 9)), R.choice(MBI_A), R.choice(MBI_AN), str(R.randint(0, 9)),
         R.choice(MBI_A), R.choice(MBI_AN), str(R.randint(0, 9)), R.choice(MBI_A),
         R.choice(MBI_A), str(R.randint(0, 9)), str(R.randint(0, 9))]
    return "".join(c)


def fmt_mbi(m):
    return m if chance(0.6) else f"{m[:4]}-{m[4:7]}-{m[7:]}"


def npi():
    base = str(R.randint(1, 2)) + digits(8)
    return base + luhn_digit("80840" + base)


def dea(last):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return pick("ABFM") + ascii_fold(last)[0].upper() + "".join(map(str, d)) + str(chk)


def cpf():
    d = [R.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * (k - i) for i, x in enumerate(d))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def sin_ca():
    body = str(R.randint(1, 7)) + digits(7)
    s = body + luhn_digit(body)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def nhs_no():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        return f"{s[:3]} {s[3:6]} {s[6:]}"


CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(last, last2, first, dob, sex):
    def up(x):
        return ascii_fold(x).upper().replace(" ", "").replace("-", "")
    L1, L2, F = up(last), up(last2), up(first)
    vow = next((c for c in L1[1:] if c in "AEIOU"), "X")
    cons = lambda w: next((c for c in w[1:] if c.isalpha() and c not in "AEIOU"), "X")
    s = L1[0] + vow + L2[0] + F[0] + dob.strftime("%y%m%d") + ("H" if sex == "M" else "M")
    s += pick(["DF", "JC", "NL", "MC", "GT", "PL", "VZ", "OC", "CH", "BC", "SR", "MN"])
    s += cons(L1) + cons(L2) + cons(F)
    s += str(R.randint(0, 9)) if dob.year < 2000 else R.choice("ABCDEFGH")
    tot = sum(CURP_CH.index(c) * (18 - i) for i, c in enumerate(s))
    return s + str((10 - tot % 10) % 10)


def iban_de():
    bban = pick(["37040044", "10070000", "50010517", "20050550", "76050101"]) + digits(10)
    num = "".join(str(int(c, 36)) for c in bban + "DE00")
    chk = 98 - int(num) % 97
    s = f"DE{chk:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban_gb():
    bban = pick(["NWBK", "BARC", "LOYD", "HBUK"]) + digits(6) + digits(8)
    num = "".join(str(int(c, 36)) for c in bban + "GB00")
    chk = 98 - int(num) % 97
    return f"GB{chk:02d}{bban}"


# ---------------------------------------------------------------- data pools
FIRST_F = ["Mary", "Aaliyah", "Siobhan", "María", "Guadalupe", "Zoë", "Chloé", "Priya", "Fatima", "Oksana",
           "Yuki", "Ji-woo", "Ngozi", "Ama", "Hope", "Faith", "Joy", "Rose", "Grace", "Summer", "Dawn",
           "Ruby", "Pearl", "Ivy", "Precious", "Marie-Claire", "Thi Lan", "Leilani", "Cheyenne", "Chaya",
           "Esperanza", "Socorro", "Concepción", "Eun-ji", "Keisha", "Shanice", "Ebony", "April", "June",
           "Brandy", "Crystal", "Destiny", "Mercedes", "Lakshmi", "Anjali", "Mei-Ling", "Xiu", "Hanh",
           "Agnieszka", "Małgorzata", "Ingrid", "Astrid", "Dolores", "Imelda", "Wilhelmina", "Gertrude",
           "Mildred", "Edna", "Bernadette", "Ruth", "Ayasha", "Tallulah", "Nizhoni", "Kamalei", "Amani",
           "Wanjiru", "Fiorella", "Renée", "Brigid", "Aoife", "Nadia", "Yasmin", "Leticia", "Rocío",
           "Mónica", "Beatriz", "Svetlana", "Olga", "Tatiana", "Sunita", "Parveen", "Hae-won", "Berta",
           "Lovely", "Mirlande", "Oluwaseun", "Tamar", "Liesel", "Sunny", "Autumn", "Heaven", "Charity"]
FIRST_M = ["James", "Olusegun", "Padraig", "José", "Jesús", "Björn", "Søren", "Hiroshi", "Min-jun", "Kwame",
           "Chinedu", "Hunter", "Mason", "Will", "Frank", "Bill", "Art", "Rich", "Jean-Baptiste", "Wilner",
           "Anh", "Tuan", "Bao", "Ahmad", "Mohammed", "Keoni", "Kalani", "Dakota", "Ezekiel", "Shmuel",
           "Yitzchak", "Dmitri", "Rajesh", "Xiaoming", "Jamal", "DeShawn", "Tyrone", "Terrell", "Cletus",
           "Earl", "Otis", "Elmer", "Virgil", "Homer", "Lorenzo", "Giuseppe", "Salvatore", "Matthias",
           "Jürgen", "Lars", "Kenji", "Takeshi", "Wei", "Jian", "Sanjay", "Arjun", "Faisal", "Omar", "Tariq",
           "Mustafa", "Emre", "Mehmet", "Nikos", "Stavros", "Tomasz", "Wojciech", "Bogdan", "Ivan", "Pavel",
           "Oleksandr", "Kofi", "Babajide", "Tendai", "Sipho", "Ike", "Sonny", "Royal", "King", "Major",
           "Deacon", "Bishop", "August", "Cruz", "Santiago", "Joaquín", "Ramón", "Efraín", "Hamid", "Duc",
           "Chayton", "Hoku", "Rocco", "Forrest", "Ransom", "Booker", "Lamar", "Thanh"]
LAST_SIMPLE = ["Smith", "Washington", "Nguyen", "Tran", "Kowalczyk", "Szymańska", "O'Brien", "O'Neill",
               "McAllister", "MacDonald", "Abdi", "Okafor", "Adeyemi", "Mensah", "Oyelaran", "Baker", "Wood",
               "Young", "King", "Price", "Rich", "Black", "Brown", "Green", "Love", "Cook", "Moody", "Strong",
               "Hardy", "Bird", "Fox", "Crane", "Sparrow", "Snow", "Frost", "Winter", "Summers", "Rivers",
               "Stone", "Hill", "Field", "Church", "Bishop", "Pope", "Knight", "Law", "Day", "Mann",
               "Guerrero", "Hernández", "Muñoz", "Peña", "Ibáñez", "Gómez", "Müller", "Schröder",
               "Østergaard", "Nakamura", "Watanabe", "Kim", "Park", "Lee", "Choi", "Patel", "Shah",
               "Venkataraman", "Subramanian", "Chatterjee", "Khan", "Siddiqui", "Haddad", "Nasser", "Cohen",
               "Levi", "Goldberg", "Yazzie", "Begay", "Tsosie", "Kealoha", "Kahananui", "Ng", "Wong", "Chen",
               "Zhang", "Liu", "Hoang", "Pham", "Ivanova", "Petrov", "Kuznetsov", "Papadopoulos",
               "Nikolaidis", "Rossi", "Esposito", "Bianchi", "Kaya", "Yılmaz", "Öztürk", "Johansson",
               "Lindqvist", "Nkosi", "Diallo", "Traoré", "Ba", "Wu", "Li", "Ho", "Joseph", "Pierre-Louis",
               "Baptiste", "Jean-Charles", "Whitehorse", "Runningwater", "Fairweather", "Goodnight",
               "Castillo", "Delgado", "Villanueva", "Quispe", "Mamani", "Kaczmarek", "Wiśniewski",
               "Dąbrowski", "Horváth", "Novák", "Dvořák", "Fitzgerald", "Ó Súilleabháin", "Richardson",
               "Jefferson", "Banks", "Cash", "Bell", "Wolfe", "Noble", "Sterling", "Gentry", "Sweet", "Money"]
LAST_MULTI = ["de la Cruz", "Van der Berg", "van Houten", "Del Rio", "St. John", "García Márquez",
              "Da Silva Santos", "Ter Haar", "Le Blanc", "dos Santos", "Al-Masri", "El-Amin", "Ben-David",
              "Abu-Bakr", "De Los Santos", "Ruiz Ybarra", "Mac an tSaoi", "Van Buren", "Ortega y Gasset",
              "Nguyen-Tran", "Gonzalez-Ortiz", "Washington-Reyes", "Okafor-Bell", "Smith-Kowalski"]
CITIES = [  # city, state, zips, county, area codes
    ("Springfield", "IL", ["62704", "62702", "62703"], "Sangamon County", ["217"]),
    ("Dayton", "OH", ["45402", "45405", "45410"], "Montgomery County", ["937"]),
    ("Tulsa", "OK", ["74105", "74112", "74133"], "Tulsa County", ["918"]),
    ("Bakersfield", "CA", ["93301", "93306", "93309"], "Kern County", ["661"]),
    ("El Paso", "TX", ["79912", "79924", "79936"], "El Paso County", ["915"]),
    ("Gallup", "NM", ["87301"], "McKinley County", ["505"]),
    ("Scranton", "PA", ["18503", "18505", "18508"], "Lackawanna County", ["570"]),
    ("Worcester", "MA", ["01604", "01605", "01610"], "Worcester County", ["508", "774"]),
    ("Lowell", "MA", ["01852", "01850", "01854"], "Middlesex County", ["978", "351"]),
    ("Bangor", "ME", ["04401"], "Penobscot County", ["207"]),
    ("Paterson", "NJ", ["07501", "07502", "07514"], "Passaic County", ["973", "862"]),
    ("Yonkers", "NY", ["10701", "10703", "10705"], "Westchester County", ["914"]),
    ("Flushing", "NY", ["11355", "11354", "11358"], "Queens County", ["718", "347"]),
    ("Hialeah", "FL", ["33012", "33013", "33016"], "Miami-Dade County", ["305", "786"]),
    ("Kissimmee", "FL", ["34741", "34744", "34746"], "Osceola County", ["407", "321"]),
    ("Macon", "GA", ["31201", "31204", "31206"], "Bibb County", ["478"]),
    ("Jackson", "MS", ["39206", "39209", "39212"], "Hinds County", ["601", "769"]),
    ("Baton Rouge", "LA", ["70806", "70808", "70816"], "East Baton Rouge Parish", ["225"]),
    ("Hilo", "HI", ["96720"], "Hawaii County", ["808"]),
    ("Anchorage", "AK", ["99504", "99508", "99517"], "Anchorage Borough", ["907"]),
    ("Boise", "ID", ["83702", "83704", "83706"], "Ada County", ["208"]),
    ("Billings", "MT", ["59101", "59102", "59105"], "Yellowstone County", ["406"]),
    ("Fargo", "ND", ["58103", "58102", "58104"], "Cass County", ["701"]),
    ("Omaha", "NE", ["68105", "68107", "68134"], "Douglas County", ["402", "531"]),
    ("Duluth", "MN", ["55805", "55806", "55811"], "St. Louis County", ["218"]),
    ("Green Bay", "WI", ["54301", "54302", "54304"], "Brown County", ["920"]),
    ("Flint", "MI", ["48503", "48504", "48507"], "Genesee County", ["810"]),
    ("Gary", "IN", ["46402", "46404", "46408"], "Lake County", ["219"]),
    ("Louisville", "KY", ["40203", "40211", "40218"], "Jefferson County", ["502"]),
    ("Knoxville", "TN", ["37917", "37912", "37920"], "Knox County", ["865"]),
    ("Asheville", "NC", ["28801", "28803", "28806"], "Buncombe County", ["828"]),
    ("Charleston", "WV", ["25301", "25302", "25311"], "Kanawha County", ["304", "681"]),
    ("Richmond", "VA", ["23220", "23223", "23224"], "Richmond City", ["804"]),
    ("Cranston", "RI", ["02910", "02920", "02921"], "Providence County", ["401"]),
    ("Hartford", "CT", ["06106", "06105", "06112"], "Hartford County", ["860", "959"]),
    ("Provo", "UT", ["84601", "84604", "84606"], "Utah County", ["801", "385"]),
    ("Reno", "NV", ["89502", "89503", "89512"], "Washoe County", ["775"]),
    ("Tucson", "AZ", ["85705", "85710", "85713"], "Pima County", ["520"]),
    ("Pueblo", "CO", ["81003", "81001", "81005"], "Pueblo County", ["719"]),
    ("Cheyenne", "WY", ["82001", "82007", "82009"], "Laramie County", ["307"]),
    ("Eugene", "OR", ["97402", "97401", "97405"], "Lane County", ["541", "458"]),
    ("Yakima", "WA", ["98902", "98901", "98908"], "Yakima County", ["509"]),
    ("Little Rock", "AR", ["72204", "72205", "72209"], "Pulaski County", ["501"]),
    ("Wichita", "KS", ["67213", "67203", "67212"], "Sedgwick County", ["316"]),
    ("Springfield", "MO", ["65802", "65803", "65807"], "Greene County", ["417"]),
    ("Las Cruces", "NM", ["88001", "88005", "88011"], "Doña Ana County", ["575"]),
    ("Brownsville", "TX", ["78520", "78521", "78526"], "Cameron County", ["956"]),
    ("Pine Bluff", "AR", ["71601", "71603"], "Jefferson County", ["870"]),
    ("Window Rock", "AZ", ["86515"], "Apache County", ["928"]),
    ("Lake Charles", "LA", ["70601", "70605", "70607"], "Calcasieu Parish", ["337"]),
]
STREETS = ["Main St", "Elm Ave", "Maple Dr", "Oak Ln", "Martin Luther King Jr Blvd", "Calle del Sol",
           "County Road 12", "Cherry Hill Rd", "Old Mill Rd", "Pine St", "Washington Ave", "Lincoln Hwy",
           "Rte 9W", "Shady Grove Ct", "Magnolia Blvd", "Kamehameha Ave", "Avenida Juarez", "Water St",
           "Prospect Ter", "Church St", "Highland Ave", "N 3rd St", "SW 8th St", "E Colfax Ave",
           "Riverside Dr", "Cedar Hollow Ln", "Dogwood Trl", "Bayou Rd", "Ponce de Leon Blvd",
           "Hwy 264", "Sunset Blvd", "Frontage Rd", "Wilshire Pl", "Peachtree St NE", "Rue Bourbon",
           "Mulberry St", "Saint Joseph Ave", "Brook Hollow Dr", "Quail Run", "Indian School Rd",
           "Lakeshore Dr", "Division St", "Chestnut St", "Hickory Ridge Rd", "Fairview Ave", "Vine St"]
UNITS = ["Apt 4B", "Apt 12", "#305", "Unit 3", "Lot 17", "Trlr 9", "Apt. 2F", "Ste 1", "Bsmt", "Apt C",
         "# 7", "Rm 14"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "aol.com", "comcast.net", "att.net", "icloud.com",
                 "outlook.com", "sbcglobal.net", "verizon.net", "msn.com", "bellsouth.net", "charter.net",
                 "cox.net", "earthlink.net", "juno.com", "ymail.com", "live.com", "protonmail.com"]
RELS = ["mother", "father", "daughter", "son", "wife", "husband", "sister", "brother", "grandson",
        "granddaughter", "niece", "guardian", "spouse"]
PAYERS = [
    ("BCBS of Illinois", "bcbs"), ("Anthem Blue Cross", "bcbs"), ("Highmark BCBS", "bcbs"), ("Aetna", "aetna"),
    ("UnitedHealthcare", "uhc"), ("UHC Dual Complete", "uhc"), ("Cigna", "cigna"), ("Humana Gold Plus", "humana"),
    ("Delta Dental of MA", "delta"), ("MetLife Dental", "delta"), ("Guardian Dental", "delta"),
    ("Medicare Part B", "mbi"), ("Medicare", "mbi"), ("NY Medicaid", "mcd"), ("Tricare East", "tricare"),
    ("Ambetter", "uhc"), ("Molina Healthcare", "mcd"), ("Cigna Dental PPO", "cigna")]
ORGS = [
    dict(name="Bayside Family Dental", street="1180 Harbor Blvd Ste 2", city="Cranston", st="RI", zip="02910",
         phone="4014613300", fax="4014613301", web="www.baysidefamilydental.com", dom="baysidefamilydental.com"),
    dict(name="Riverbend Chiropractic", street="4410 N Main St Ste 200", city="Dayton", st="OH", zip="45405",
         phone="9372781150", fax="9372781152", web="www.riverbendchiro.com", dom="riverbendchiro.com"),
    dict(name="Lakeview Pediatrics", street="77 Lakeview Plaza", city="Duluth", st="MN", zip="55811",
         phone="2187224100", fax="2187224109", web="lakeviewpeds.net", dom="lakeviewpeds.net"),
    dict(name="Oakmont Podiatry Assoc.", street="2301 Oakmont Pkwy", city="Tulsa", st="OK", zip="74133",
         phone="9184926688", fax="9184926690", web="www.oakmontfeet.com", dom="oakmontfeet.com"),
    dict(name="Sunrise Physical Therapy", street="960 E Speedway Blvd", city="Tucson", st="AZ", zip="85719",
         phone="5203237788", fax="5203237790", web="sunrisept-tucson.com", dom="sunrisept-tucson.com"),
    dict(name="Mesa Verde Family Practice", street="310 W Aztec Ave", city="Gallup", st="NM", zip="87301",
         phone="5057224411", fax="5057224412", web="www.mesaverdefp.org", dom="mesaverdefp.org"),
    dict(name="Cedar Street Dental Group", street="15 Cedar St", city="Bangor", st="ME", zip="04401",
         phone="2079427300", fax="2079427301", web="cedarstreetdental.com", dom="cedarstreetdental.com"),
    dict(name="Hilo Bay Eye Care", street="64 Keawe St", city="Hilo", st="HI", zip="96720",
         phone="8089354020", fax="8089354021", web="hilobayeye.com", dom="hilobayeye.com"),
]
CLINICIANS = [("Nadia", "Rahimi", "DDS"), ("Lisa", "Feld", "DMD"), ("Mark", "Hoffman", "DC"),
              ("Anand", "Raghavan", "MD"), ("Kehinde", "Oyelowo", "NP"), ("Rose", "Baker", "DO"),
              ("Tomás", "Echeverría", "MD"), ("Grace", "Young", "PA-C"), ("Walter", "Kim", "DPM"),
              ("Sarah", "Goldfarb", "OD"), ("Hunter", "Love", "DC"), ("Ming", "Zhao", "DDS"),
              ("Patrick", "Ó Briain", "MD"), ("Leilani", "Akana", "OD"), ("Ravi", "Subramaniam", "MD")]
STAFF = ["MARYK", "jsmith", "frontdesk1", "FD2", "reception", "admin", "Administrator", "drfeld", "billing",
         "LINDA", "tina.b", "svc_backup", "sa", "FMSADMIN", "webuser", "DENISE", "carla.m", "OFFICEMGR",
         "hyg2", "checkout", "SCHEDULER", "kiosk01"]
WKSTNS = ["FRONTDESK-PC2", "WKSTN-03", "OP3", "CHECKOUT1", "DRFELD-LT", "BILLING-PC", "RECEPT01", "XRAY-PC",
          "SERVER2008", "FS01", "OFFICE-PC", "HYG-ROOM2"]


def clin():
    f, l, c = pick(CLINICIANS)
    return f, l, c


def clin_name(style=None):
    f, l, c = clin()
    style = style or pick(["dr", "full", "cred", "last_first", "init"])
    if style == "dr":
        return f"Dr. {l}"
    if style == "full":
        return f"Dr. {f} {l}"
    if style == "cred":
        return f"{f} {l}, {c}"
    if style == "last_first":
        return f"{l.upper()}, {f.upper()} {c}"
    return f"{f[0]}. {l} {c}"


def org():
    return pick(ORGS)


# ---------------------------------------------------------------- formatting
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fdate(d, style=None):
    style = style or pick(["mdy", "mdy_s", "iso", "mdy", "mdy2", "dmon", "long", "ymd"])
    m, dd, y = d.month, d.day, d.year
    return {
        "mdy": f"{m:02d}/{dd:02d}/{y}",
        "mdy_s": f"{m}/{dd}/{y}",
        "mdy2": f"{m:02d}/{dd:02d}/{y % 100:02d}",
        "mdy2_s": f"{m}/{dd}/{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "ymd": f"{y}{m:02d}{dd:02d}",
        "mdY8": f"{m:02d}{dd:02d}{y}",
        "dot": f"{dd:02d}.{m:02d}.{y}",
        "dmy": f"{dd:02d}/{m:02d}/{y}",
        "dmon": f"{dd:02d}-{MON[m - 1].upper()}-{y}",
        "dmon2": f"{dd:02d}-{MON[m - 1]}-{y % 100:02d}",
        "long": f"{MONTH[m - 1]} {dd}, {y}",
        "short": f"{MON[m - 1]} {dd} {y}",
        "md": f"{m}/{dd}",
        "mmdd": f"{m:02d}/{dd:02d}",
    }[style]


def fphone(num, style=None):
    style = style or pick(["paren", "dash", "dash", "dot", "plain", "e164", "one", "space", "paren_nosp"])
    a, e, l = num[:3], num[3:6], num[6:]
    return {
        "paren": f"({a}) {e}-{l}",
        "paren_nosp": f"({a}){e}-{l}",
        "dash": f"{a}-{e}-{l}",
        "dot": f"{a}.{e}.{l}",
        "plain": num,
        "e164": f"+1{num}",
        "e164s": f"+1 {a} {e} {l}",
        "one": f"1-{a}-{e}-{l}",
        "space": f"{a} {e} {l}",
    }[style]


def fssn(s, style=None):
    style = style or pick(["dash", "dash", "plain", "space"])
    if style == "dash":
        return f"{s[:3]}-{s[3:5]}-{s[5:]}"
    if style == "space":
        return f"{s[:3]} {s[3:5]} {s[5:]}"
    return s


def mk_phone(area):
    while True:
        ex = R.randint(200, 999)
        if ex % 100 == 11 or ex == 555 or ex == 950 or ex == 958 or ex == 959:
            continue
        return f"{area}{ex}{R.randint(0, 9999):04d}"


PUB_FIRST = [24, 47, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107,
             108, 136, 162, 166, 173, 174, 184, 186, 187, 189, 201, 208, 209]


def pub_ip():
    if chance(0.1):
        return f"2601:{R.randint(0x100, 0xfff):x}:{R.randint(0x100, 0xffff):x}:{R.randint(0x10, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}:{R.randint(1, 0xffff):x}"
    return f"{pick(PUB_FIRST)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def priv_ip():
    return pick([f"192.168.{R.choice([0, 1, 1, 10, 100])}.{R.randint(2, 250)}",
                 f"10.{R.randint(0, 30)}.{R.randint(0, 255)}.{R.randint(2, 250)}",
                 f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 250)}",
                 "127.0.0.1",
                 f"203.0.113.{R.randint(1, 254)}", f"198.51.100.{R.randint(1, 254)}",
                 f"192.0.2.{R.randint(1, 254)}"])


def lan_ip():
    return pick([f"192.168.1.{R.randint(2, 250)}", f"192.168.0.{R.randint(2, 250)}",
                 f"10.0.0.{R.randint(2, 250)}", f"10.10.{R.randint(0, 9)}.{R.randint(2, 250)}"])


def mac(sep=":"):
    oui = pick(["00:1A:2B", "3C:52:82", "F0:18:98", "B8:27:EB", "00:50:56", "AC:DE:48", "DC:A6:32", "48:E1:E9",
                "00:0C:29", "5C:CF:7F", "A4:C1:38", "E0:E2:E6"])
    s = oui + ":" + ":".join(f"{R.randint(0, 255):02X}" for _ in range(3))
    return s.replace(":", sep)


# ---------------------------------------------------------------- clock
CLOCK = dt.datetime(2023, 7, 10, 7, 2, 11)


def now():
    global CLOCK
    CLOCK += dt.timedelta(seconds=R.randint(30, 36000), microseconds=R.randint(0, 999999))
    if CLOCK.hour < 6:
        CLOCK += dt.timedelta(hours=7)
    return CLOCK


def ts_fm(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d} " + pick(["-0500", "-0600", "-0400"])


def ts_us12(t):
    h = t.hour % 12 or 12
    return f"{t.month}/{t.day}/{t.year} {h}:{t.minute:02d}:{t.second:02d} {'AM' if t.hour < 12 else 'PM'}"


def ts_us12z(t):
    h = t.hour % 12 or 12
    return f"{t.month:02d}/{t.day:02d}/{t.year} {h:02d}:{t.minute:02d}:{t.second:02d} {'AM' if t.hour < 12 else 'PM'}"


def ts_apache_err(t):
    return f"[{DOW[t.weekday()]} {MON[t.month - 1]} {t.day:02d} {t:%H:%M:%S} {t.year}]"


def ts_apache_acc(t):
    return f"[{t.day:02d}/{MON[t.month - 1]}/{t.year}:{t:%H:%M:%S} {pick(['-0500', '-0600', '-0700'])}]"


def ts_php(t):
    return f"[{t.day:02d}-{MON[t.month - 1]}-{t.year} {t:%H:%M:%S} {pick(['UTC', 'America/Chicago', 'America/New_York', 'America/Denver'])}]"


def ts_iso(t):
    return t.strftime("%Y-%m-%d %H:%M:%S")


def ts_isot(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + pick(["+00:00", "-05:00", "-06:00"])


def ts_ms(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}"


def ts_eu(t):
    return t.strftime("%d.%m.%Y %H:%M:%S")


def ts_dmy(t):
    return t.strftime("%d/%m/%Y %H:%M:%S")


# ---------------------------------------------------------------- people
def mk_last():
    if chance(0.16):
        return pick(LAST_MULTI)
    if chance(0.08):
        a, b = pick(LAST_SIMPLE), pick(LAST_SIMPLE)
        if a != b and " " not in a + b and "-" not in a + b:
            return a + "-" + b
    return pick(LAST_SIMPLE)


def member_id(kind):
    if kind == "bcbs":
        return pick(["XEH", "YGL", "ZGP", "JQU", "XOD", "BCI", "R"]) + (digits(8) if chance(0.2) else digits(9))
    if kind == "aetna":
        return "W" + digits(9)
    if kind == "uhc":
        return digits(9) if chance(0.6) else digits(9) + "0" + str(R.randint(1, 4))
    if kind == "cigna":
        return "U" + digits(8) + pick(["01", "02", ""])
    if kind == "humana":
        return "H" + digits(8)
    if kind == "delta":
        return digits(R.choice([9, 11, 12]))
    if kind == "mbi":
        return mbi()
    if kind == "mcd":
        return R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(5) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    if kind == "tricare":
        return digits(11)
    return digits(10)


def dl_number(st):
    if st == "CA":
        return R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(7)
    if st == "NY":
        return digits(9) if chance(0.5) else f"{digits(3)} {digits(3)} {digits(3)}"
    if st == "FL":
        return f"{R.choice('ABCDGHJKLMNPRSTW')}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}"
    if st == "IL":
        return f"{R.choice('ABCDGHJKLMNPRSTW')}{digits(3)}-{digits(4)}-{digits(4)}"
    if st == "MA":
        return "S" + digits(8)
    if st == "NJ":
        return R.choice("ABCDGHJKLMNPRSTW") + digits(4) + " " + digits(5) + " " + digits(5)
    if st == "MI":
        return R.choice("ABCDGHJKLMNPRSTW") + " " + digits(3) + " " + digits(3) + " " + digits(3) + " " + digits(3)
    if st == "OH":
        return R.choice("ABCDEFGHJKLMNPRSTU") + R.choice("ABCDEFGHJKLMNPRSTU") + digits(6)
    if st == "WA":
        return "WDL" + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
    if st in ("TX", "PA"):
        return digits(8)
    if st == "AZ":
        return R.choice("ABDY") + digits(8)
    return digits(R.choice([8, 9]))


def plate(st):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if st == "CA":
        return f"{R.randint(5, 9)}{R.choice(L)}{R.choice(L)}{R.choice(L)}{digits(3)}"
    if st in ("NY", "TX", "PA", "MI", "GA"):
        return f"{R.choice(L)}{R.choice(L)}{R.choice(L)}-{digits(4)}"
    if st == "MA":
        return f"{R.randint(1, 9)}{R.choice(L)}{R.choice(L)}{R.choice(L)} {digits(2)}"
    if st == "FL":
        return f"{R.choice(L)}{R.choice(L)}{R.choice(L)} {R.choice(L)}{digits(2)}"
    return f"{digits(3)} {R.choice(L)}{R.choice(L)}{R.choice(L)}"


class Person:
    def __init__(self, elderly=None, sex=None, minor=False):
        self.sex = sex or pick("MF")
        self.first = pick(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = mk_last()
        self.mi = R.choice("ABCDEFGHJKLMNPRSTW")
        if elderly is None:
            elderly = chance(0.15)
        self.elderly = elderly
        if elderly:
            y = R.randint(1919, 1932)
        elif minor:
            y = R.randint(2008, 2021)
        else:
            y = pick([R.randint(1936, 1962), R.randint(1955, 1992), R.randint(1975, 2019)])
        self.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
        c = pick(CITIES)
        self.city, self.state, zips, self.county, acs = c
        self.zip = pick(zips)
        self.zip4 = self.zip + "-" + digits(4)
        self.area = pick(acs)
        self.home = mk_phone(self.area)
        self.cell = mk_phone(pick(acs))
        self.work = mk_phone(pick(acs))
        self.faxno = mk_phone(self.area)
        n = R.randint(1, 30000) if chance(0.5) else R.randint(1, 999)
        st_name = pick(STREETS)
        pre = pick(["N", "S", "E", "W", "NE", "SW", ""]) if chance(0.2) and st_name.split()[0] not in ("N", "S", "E", "W", "NE", "SW") else ""
        self.street = f"{n} {pre + ' ' if pre else ''}{st_name}"
        if chance(0.08):
            self.street = pick([f"PO Box {R.randint(10, 9999)}", f"RR {R.randint(1, 9)} Box {R.randint(10, 400)}",
                                f"HC {R.randint(30, 79)} Box {R.randint(10, 900)}"])
        self.unit = pick(UNITS) if chance(0.3) else ""
        self.ssn = self._ssn()
        self.mrn = pick([str(R.randint(1000, 99999)), f"{R.randint(1, 999999):08d}", f"A{R.randint(1000, 99999)}",
                         f"PT-{R.randint(1, 99999):06d}", f"{R.randint(100, 30000)}", f"C{R.randint(10000, 99999)}"])
        self.acct = pick([str(R.randint(100000, 999999)), f"G{R.randint(1000, 99999)}",
                          f"{R.randint(1000, 99999)}-{R.randint(1, 3):02d}", f"2000{R.randint(10000, 99999)}"])
        self.payer, kind = pick(PAYERS)
        age = 2024 - y
        if age >= 66 and chance(0.7):
            self.payer, kind = pick([("Medicare", "mbi"), ("Medicare Part B", "mbi")])
        self.plan_kind = kind
        self.member = member_id(kind)
        self.mbi = mbi()
        self.group = pick([f"{R.randint(10000, 999999)}", f"GRP{R.randint(100, 99999):05d}",
                           f"{R.randint(100000, 999999)}-{R.randint(10, 99):03d}-{R.randint(1, 99999):05d}", ""])
        self.email = self._email()
        self.rel = pick(RELS)
        if self.rel in ("mother", "daughter", "wife", "sister", "granddaughter", "niece"):
            rf = pick(FIRST_F)
        elif self.rel in ("father", "son", "husband", "brother", "grandson"):
            rf = pick(FIRST_M)
        else:
            rf = pick(FIRST_F + FIRST_M)
        self.rel_first = rf
        self.rel_last = self.last if chance(0.6) else mk_last()
        self.rel_phone = mk_phone(pick(acs))
        fold = ascii_fold(self.last).upper().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
        ff = ascii_fold(self.first).upper().replace(" ", "").replace("-", "")
        self.chart = (fold[:3] + ff[:2] + str(R.randint(0, 9)))

    def _ssn(self):
        while True:
            a = R.randint(1, 899)
            if a != 666:
                break
        return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"

    def _email(self):
        f = ascii_fold(self.first).lower().replace(" ", "").replace("-", "")
        l = ascii_fold(self.last).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
        yy = f"{self.dob.year % 100:02d}"
        local = pick([f"{f}.{l}{yy}", f"{f[0]}{l}", f"{l}{f[0]}{R.randint(1, 99)}", f"{f}{l}{self.dob.year}",
                      f"{f}_{l}", f"{pick(['mama', 'grandma', 'bigdaddy', 'sunshine', 'lucky', 'tiger', 'angel', 'jesusfreak', 'gamer'])}{f}{R.randint(1, 999)}",
                      f"{f}.{l}", f"{l}.{f[0]}.{R.randint(10, 99)}"])
        return f"{local}@{pick(EMAIL_DOMAINS)}"

    def age(self, at):
        a = at.year - self.dob.year - ((at.month, at.day) < (self.dob.month, self.dob.day))
        return a

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def lf(self):
        return f"{self.last}, {self.first}"

    @property
    def LF(self):
        return f"{self.last.upper()}, {self.first.upper()}"

    @property
    def rel_full(self):
        return f"{self.rel_first} {self.rel_last}"


def age_seg(p, t):
    a = p.age(t.date() if isinstance(t, dt.datetime) else t)
    return P(str(a), "age") if a > 89 else str(a)


def future_date(t, lo=1, hi=45):
    d = t.date() + dt.timedelta(days=R.randint(lo, hi))
    while d.weekday() == 6:
        d += dt.timedelta(days=1)
    return d


def past_date(t, lo=1, hi=400):
    return t.date() - dt.timedelta(days=R.randint(lo, hi))


def appt_time():
    h = R.randint(7, 17)
    m = pick([0, 15, 30, 45])
    return f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"


def photo_b64(kind="jpeg", n=None):
    n = n or R.randint(420, 1400)
    if kind == "jpeg":
        head = bytes.fromhex("FFD8FFE000104A46494600010101004800480000FFDB004300")
        tail = bytes.fromhex("FFD9")
    else:
        head = bytes.fromhex("89504E470D0A1A0A0000000D49484452") + (96).to_bytes(4, "big") + (96).to_bytes(4, "big") + bytes.fromhex("0806000000")
        tail = bytes.fromhex("0000000049454E44AE426082")
    return base64.b64encode(head + rbytes(n) + tail).decode()


def fp_template_b64():
    body = rbytes(R.randint(180, 420))
    head = b"FMR\x00 20\x00" + (len(body) + 28).to_bytes(4, "big") + b"\x00\x00\x01\x40\x01\xe0\x00\xc5\x00\xc5\x01\x00\x00\x00" + bytes([R.randint(20, 60)])
    return base64.b64encode(head + body).decode()


def face_template_b64():
    body = rbytes(R.randint(300, 700))
    return base64.b64encode(b"FAC\x00010\x00" + len(body).to_bytes(4, "big") + body).decode()


def palm_template_hex():
    return rbytes(R.randint(64, 160)).hex().upper()


# ================================================================ PHI templates
PHI_T = []
CLEAN_T = []


def phi(weight=1.0):
    def deco(f):
        PHI_T.append((f, weight))
        return f
    return deco


def clean(weight=1.0):
    def deco(f):
        CLEAN_T.append((f, weight))
        return f
    return deco


FM_HOSTS = ["FMS-SERVER", "fms01.clinic.local", "DENTAL-FM", "FMSERVER13", "MacMini-Office"]


@phi(1.4)
def t_filemaker_server():
    p = Person(); t = now(); ts = ts_fm(t); host = pick(FM_HOSTS)
    v = R.randrange(5)
    fam = "filemaker_server"
    if v == 0:
        s = [f'{ts}\tWarning\t{pick(["660", "661"])}\t{host}\tSchedule "{pick(["Import Intake CSV", "Nightly Recall Import", "Sync Web Requests"])}" scripting error ({pick(["500", "506", "509", "201"])}) at "Intake : Import Records : {R.randint(3, 40)}". Chart# ',
             P(p.mrn, "mrn"), ' Pt_LastName="', P(p.last, "name"), '" Pt_FirstName="', P(p.first, "name"),
             '" Pt_DOB="', P(fdate(p.dob, "mdy_s"), "date"), '"']
    elif v == 1:
        s = [f'{ts}\tInformation\t94\t{host}\tClient "', P(p.full, "name"), ' (WebDirect) [', P(pub_ip(), "ip"),
             ']" opening database "PatientIntake" as "web_intake".']
    elif v == 2:
        s = [f'{ts}\tError\t{pick(["506", "507"])}\t{host}\tImport.log: RecID {R.randint(1, 40000)} (row {R.randint(2, 400)} of "intake_{t:%Y%m%d}.csv"): field "Phone1" failed validation, value "',
             P(fphone(p.cell), "phone"), '" - patient ', P(p.lf, "name")]
    elif v == 3:
        s = [f'{ts}\tWarning\t{pick(["8", "9"])}\t{host}\tScript "Send Recall Email" (Patients.fmp12): Send Mail error 1502 to <',
             P(p.email, "email"), f'>; __kp_PatientID=', P(p.mrn, "mrn"), '; Age_c=', age_seg(p, t)]
    else:
        s = [f'{ts}\tInformation\t{R.randint(150, 160)}\t{host}\tSchedule "Export Statements" ran; wrote "/Volumes/Data/Statements/',
             P(ascii_fold(p.last).upper().replace(" ", "_").replace("'", ""), "name"), "_", P(p.acct, "account"),
             f'_{t:%Y%m}.pdf" ({R.randint(40, 400)} KB)']
    return [Line(fam, s)]


def export_row(p, t, sep, quote, cols):
    segs = []
    for i, c in enumerate(cols):
        if i:
            segs.append(sep)
        q = quote
        if c == "chart":
            val = [P(p.mrn, "mrn")]
        elif c == "last":
            val = [P(csvq(p.last) if q else p.last, "name")]
        elif c == "first":
            val = [P(p.first, "name")]
        elif c == "mi":
            val = [p.mi]
        elif c == "dob":
            val = [P(fdate(p.dob, pick(["mdy_s", "mdy"])), "date")]
        elif c == "sex":
            val = [p.sex]
        elif c == "home":
            val = [P(fphone(p.home, pick(["paren", "dash"])), "phone")]
        elif c == "cell":
            val = [P(fphone(p.cell, pick(["paren", "dash", "plain"])), "phone")] if chance(0.8) else [""]
        elif c == "email":
            val = [P(p.email, "email")] if chance(0.8) else [""]
        elif c == "addr":
            val = [P(p.street + (" " + p.unit if p.unit else ""), "address")]
        elif c == "city":
            val = [P(p.city, "address")]
        elif c == "st":
            val = [p.state]
        elif c == "zip":
            val = [P(p.zip if chance(0.7) else p.zip4, "zip")]
        elif c == "ins":
            val = [p.payer]
        elif c == "member":
            val = [P(p.member, "health_plan")]
        elif c == "group":
            val = [p.group]
        elif c == "refdr":
            val = [clin_name("cred")]
        elif c == "ssn":
            val = [P(fssn(p.ssn), "ssn")]
        elif c == "lastvisit":
            val = [P(fdate(past_date(t), "mdy_s"), "date")]
        elif c == "balance":
            val = [f"{R.randint(0, 900)}.{R.randint(0, 99):02d}"]
        else:
            val = [c]
        if q:
            segs.append('"')
            segs.extend(val)
            segs.append('"')
        else:
            segs.extend(val)
    return segs


EXPORT_HEADS = {
    "chart": "ChartNo", "last": "LastName", "first": "FirstName", "mi": "MI", "dob": "DOB", "sex": "Sex",
    "home": "HomePhone", "cell": "CellPhone", "email": "Email", "addr": "Address1", "city": "City", "st": "State",
    "zip": "Zip", "ins": "PrimIns", "member": "PrimInsID", "group": "GroupNo", "refdr": "RefDr", "ssn": "SSN",
    "lastvisit": "LastVisit", "balance": "Balance"}


@phi(0.5)
def t_export():
    t = now()
    fam = pick(["filemaker_export", "msaccess_export"])
    base = ["chart", "last", "first", "mi", "dob", "sex", "home", "cell", "email", "addr", "city", "st", "zip",
            "ins", "member", "group", "refdr", "ssn", "lastvisit", "balance"]
    cols = [c for c in base if chance(0.65) or c in ("last", "first")]
    sep = pick([",", "\t", ";", "|"])
    quote = sep == "," and chance(0.8)
    out = []
    if chance(0.5):
        hd = sep.join(('"%s"' % EXPORT_HEADS[c]) if quote else EXPORT_HEADS[c] for c in cols)
        out.append(Line(fam, [hd]))
    for _ in range(R.randint(1, 3)):
        out.append(Line(fam, export_row(Person(), t, sep, quote, cols)))
    return out


ACCESS_FORMS = ["frmPatient", "frmNewPt", "frmIntake", "frmAppt", "frmBilling", "frmRecall", "frmGuarantor"]


@phi(1.3)
def t_access_vba():
    p = Person(); t = now(); fam = "msaccess_vba"
    form = pick(ACCESS_FORMS)
    head = f"{ts_us12(t)} | {form}.{pick(['cmdSave_Click', 'Form_BeforeUpdate', 'cmdPost_Click', 'txtLName_AfterUpdate'])} | "
    v = R.randrange(4)
    if v == 0:
        s = [head, "Err 3022: The changes you requested to the table were not successful because they would create duplicate values in the index, primary key, or relationship. | SQL: INSERT INTO tblPatients (LName, FName, DOB, SSN, HPhone, Addr1, City, St, Zip) VALUES ('",
             P(p.last, "name", sqlq), "', '", P(p.first, "name", sqlq), "', #", P(fdate(p.dob, "mdy_s"), "date"), "#, '",
             P(fssn(p.ssn, "dash"), "ssn"), "', '", P(fphone(p.home, "paren"), "phone"), "', '",
             P(p.street, "address", sqlq), "', '", P(p.city, "address", sqlq), f"', '{p.state}', '", P(p.zip, "zip"), "')"]
    elif v == 1:
        s = [head, f"Err 3075: Syntax error (missing operator) in query expression '[LName]='",
             P(p.last, "name"), "' AND [DOB]=#", P(fdate(p.dob, "mdy_s"), "date"), "#'. | User=", pick(STAFF)]
    elif v == 2:
        s = [head, "Err 94: Invalid use of Null | UPDATE tblPatients SET CellPh='", P(fphone(p.cell, "dash"), "phone"),
             "', Email='", P(p.email, "email"), "', InsID='", P(p.member, "health_plan"), "' WHERE PatID=",
             P(p.mrn, "mrn"), ";"]
    else:
        d = future_date(t)
        s = [head, "Err 2501: The OpenReport action was canceled. | rptApptCard WHERE ApptDate=#",
             P(fdate(d, "mdy_s"), "date"), "# AND PatName='", P(p.lf, "name", sqlq), "'"]
    return [Line(fam, s)]


@phi(0.9)
def t_access_errtable():
    p = Person(); t = now(); fam = "msaccess_errtable"
    v = R.randrange(3)
    pre = f"ErrLogID={R.randint(100, 9999)};ErrNum="
    if v == 0:
        s = [pre, "3314;ErrDesc=\"You must enter a value in the 'tblPatients.HomePhone' field.\";Form=frmNewPt;User=",
             pick(STAFF), ";Ctrl=txtLName;CtrlVal=\"", P(p.last, "name", csvq), "\";When=", ts_us12(t)]
    elif v == 1:
        s = [pre, "2279;ErrDesc=\"The value you entered isn't appropriate for the input mask '(999) 000-0000'.\";Form=frmGuarantor;Ctrl=txtGuarPh;CtrlVal=\"",
             P(fphone(p.rel_phone, "plain")[:10], "phone"), "\";Guar=\"", P(p.rel_full, "name"), "\";When=", ts_us12(t)]
    else:
        s = [pre, "3201;ErrDesc=\"You cannot add or change a record because a related record is required in table 'tblInsCo'.\";Form=frmBilling;PatID=",
             P(p.mrn, "mrn"), ";SubscrID=\"", P(p.member, "health_plan"), "\";SubscrDOB=#", P(fdate(p.dob, "mdy_s"), "date"),
             "#;When=", ts_us12(t)]
    return [Line(fam, s)]


@phi(1.3)
def t_vb6():
    p = Person(); t = now(); fam = "vb6_app"
    exe = pick(["PatReg", "DentOffice", "ChiroMgr", "ApptBook32", "PODIATRY"])
    head = f"{ts_dmy(t) if chance(0.3) else ts_us12(t)} - [{exe}.{pick(['frmMain', 'frmPatient', 'frmSearch', 'modData', 'frmLedger'])}] "
    v = R.randrange(5)
    if v == 0:
        s = [head, f"cmdSave_Click: Error 13 (Type mismatch) - txtDOB=\"", P(fdate(p.dob, "mdy2_s"), "date"),
             "\" txtSSN=\"", P(p.ssn, "ssn"), "\" txtLast=\"", P(p.last, "name"), "\""]
    elif v == 1:
        s = [head, "PatSearch: SQL=SELECT * FROM Patient WHERE LastName = '", P(p.last, "name", sqlq),
             "' AND FirstName = '", P(p.first, "name", sqlq), f"' ORDER BY PatNo  ({R.randint(0, 4)} rows, {R.randint(3, 900)} ms)"]
    elif v == 2:
        s = [head, f"CRPE error 20515 printing rptStatement.rpt for guarantor ", P(p.LF, "name"), " acct# ",
             P(p.acct, "account"), f" (printer \\\\{pick(WKSTNS)}\\HP LaserJet 4050)"]
    elif v == 3:
        s = [head, "Run-time error '3265': Item cannot be found in the collection. rs!ph2 for PatNo=",
             P(p.mrn, "mrn"), " ph1=", P(fphone(p.home, "plain"), "phone"), " zip=", P(p.zip, "zip")]
    else:
        s = [head, f"modCOM.SendToModem COM{R.randint(1, 4)}: dialing ", P(fphone(p.home, "dash"), "phone"),
             " for recall msg, pt=", P(p.full.upper(), "name"), f" result=NO CARRIER"]
    return [Line(fam, s)]


@phi(1.1)
def t_delphi():
    p = Person(); t = now(); fam = "delphi_app"
    head = f"[{ts_ms(t)}] [{pick(['ERR', 'WRN', 'EXC'])}] "
    v = R.randrange(3)
    if v == 0:
        s = [head, f"TdmMain.qryPatient{pick(['PostError', 'BeforePost', 'UpdateError'])}: EDBEngineError: Key violation. [PAT_ID=",
             P(p.mrn, "mrn"), "; PAT_LNAME='", P(p.last, "name", sqlq), "'; PAT_FNAME='", P(p.first, "name", sqlq),
             "'; PAT_BDATE=", P(fdate(p.dob, "dot"), "date"), "; PAT_TEL='", P(fphone(p.home, "space"), "phone"), "']"]
    elif v == 1:
        s = [head, "TfrmRegister.btnSaveClick: EDatabaseError: Field 'PAT_ZIP' must have a value (street='",
             P(p.street, "address", sqlq), "', city='", P(p.city, "address", sqlq), f"', state='{p.state}')  user=",
             pick(STAFF)]
    else:
        s = [head, f"madExcept bug report: exception class EConvertError, message \"'", P(fssn(p.ssn, "dash"), "ssn"),
             f"' is not a valid integer value\", unit uPatient.pas line {R.randint(100, 2000)}, thread ${hexs(4)}"]
    return [Line(fam, s)]


UA = ["Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/118.0.0.0+Safari/537.36",
      "Mozilla/5.0+(iPhone;+CPU+iPhone+OS+16_6+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/16.6+Mobile/15E148+Safari/604.1",
      "Mozilla/5.0+(Linux;+Android+13;+SM-A536U)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/117.0.0.0+Mobile+Safari/537.36",
      "Mozilla/4.0+(compatible;+MSIE+8.0;+Windows+NT+6.1;+Trident/4.0)"]


@phi(1.3)
def t_iis():
    p = Person(); t = now(); fam = "iis_w3c"
    o = org()
    ip = pub_ip()
    v = R.randrange(3)
    pre = f"{ts_iso(t)} W3SVC1 {pick(['WEB01', 'CLINICWEB', 'SBS2011'])} {lan_ip()} "
    if v == 0:
        q = ["fn=", P(p.first, "name", urlq_iis), "&ln=", P(p.last, "name", urlq_iis), "&dob=",
             P(fdate(p.dob, "mdy"), "date", urlq_iis), "&ph=", P(fphone(p.cell, pick(["dash", "plain"])), "phone", urlq_iis),
             "&em=", P(p.email, "email", urlq_iis)]
        s = [pre, "GET /appt/request.asp "] + q + [" 80 - ", P(ip, "ip"), f" HTTP/1.1 {pick(UA)} https://{o['web'].replace('www.', '')}/appt/ 200 0 0 {R.randint(40, 900)}"]
    elif v == 1:
        s = [pre, "POST /intake/save.asp - 443 - ", P(ip, "ip"), f" HTTP/1.1 {pick(UA)} https://{o['web']}/intake/form.asp 302 0 0 {R.randint(40, 900)}"]
    else:
        s = [pre, "GET /portal/chart.asp PatID=", P(p.mrn, "mrn"), f"&tab=ledger&sid={hexs(16)} 443 ",
             pick(STAFF), f" {lan_ip()} HTTP/1.1 {UA[0]} - 200 0 0 {R.randint(40, 900)}"]
    return [Line(fam, s)]


@phi(1.1)
def t_asp_error():
    p = Person(); t = now(); fam = "classic_asp_error"
    v = R.randrange(3)
    if v == 0:
        form = ["txtFName=", P(p.first, "name", urlq), "&txtLName=", P(p.last, "name", urlq), "&txtDOB=",
                P(fdate(p.dob, "mdy"), "date", urlq), "&txtSSN=", P(fssn(p.ssn), "ssn", urlq), "&txtIns=",
                P(p.member, "health_plan", urlq), "&btnSubmit=Submit"]
        s = [f"{ts_iso(t)} Microsoft OLE DB Provider for SQL Server error '80040e57' String or binary data would be truncated. /intake/save.asp, line {R.randint(20, 300)} | Request.Form: "] + form
    elif v == 1:
        s = [f"ASPError {ts_us12(t)}: Number=0x800A005E Description=Invalid use of Null: 'Replace' File=/billing/stmt.asp Line={R.randint(10, 200)} Session(\"PatName\")=\"",
             P(p.full, "name"), "\" Session(\"AcctNo\")=\"", P(p.acct, "account"), "\" Session(\"UserID\")=\"", pick(STAFF), "\""]
    else:
        d = future_date(t)
        s = [f"{ts_iso(t)} ADODB.Recordset error '800a0bcd' Either BOF or EOF is True. /portal/ptinfo.asp, line 42 | QUERY_STRING=pid=",
             P(p.mrn, "mrn"), "&appt=", P(fdate(d, "mdy"), "date", urlq), " | REMOTE_ADDR=", P(pub_ip(), "ip")]
    return [Line(fam, s)]


@phi(1.3)
def t_coldfusion_log():
    p = Person(); t = now(); fam = "coldfusion_log"
    thr = pick(["ajp-nio-8016-exec-4", "jrpp-112", "web-23", "ajp-bio-8012-exec-9", "scheduler-2"])
    head = f'"Error","{thr}","{t:%m/%d/%y}","{t:%H:%M:%S}","{pick(["INTAKE", "PATIENTPORTAL", "BILLING", "APPTS"])}","'
    v = R.randrange(3)
    if v == 0:
        s = [head, "Error Executing Database Query.[Macromedia][SQLServer JDBC Driver][SQLServer]String or binary data would be truncated. SQL: INSERT INTO patients (fname,lname,dob,ssn) VALUES ( '",
             P(p.first, "name", lambda x: csvq(sqlq(x))), "','", P(p.last, "name", lambda x: csvq(sqlq(x))), "','",
             P(fdate(p.dob, "iso"), "date"), "','", P(fssn(p.ssn, "dash"), "ssn"), f"') The specific sequence of files included or processed is: D:\\inetpub\\wwwroot\\intake\\save.cfm, line: {R.randint(20, 300)} \""]
    elif v == 1:
        s = [head, "Error Executing Database Query. Parameters: (param 1) = [type='IN', class='java.lang.String', value='",
             P(p.last, "name", lambda x: csvq(x)), "', sqltype='cf_sql_varchar'] , (param 2) = [type='IN', class='java.lang.String', value='",
             P(p.member, "health_plan"), "', sqltype='cf_sql_varchar'] \""]
    else:
        s = [head, "Element MBI is undefined in FORM. FORM.FIELDNAMES=PATID,LNAME,FNAME,MEDICARENO; FORM.PATID=",
             P(p.mrn, "mrn"), "; FORM.LNAME=", P(p.last.upper(), "name", csvq), "; FORM.MEDICARENO=",
             P(fmt_mbi(p.mbi), "health_plan"), ' "']
    return [Line(fam, s)]


@phi(0.6)
def t_cfdump():
    p = Person(); t = now(); fam = "cfdump"
    if chance(0.5):
        rows = [("FNAME", [P(p.first, "name", htm)]), ("LNAME", [P(p.last, "name", htm)]),
                ("DOB", ["{ts '", P(fdate(p.dob, "iso") + " 00:00:00", "date"), "'}"]),
                ("ADDR1", [P(p.street, "address", htm)]), ("CITY", [P(p.city, "address", htm)]),
                ("STATE", [p.state]), ("ZIP", [P(p.zip, "zip")]),
                ("PHONE", [P(fphone(p.home, "paren"), "phone")]),
                ("PROVIDER", [clin_name("full")]),
                ("REFERRALSOURCE", [pick(["Google", "Yelp", "Friend/Family", "Facebook", "Drive-by"])])]
        R.shuffle(rows)
        rows = rows[:R.randint(4, 9)]
        s = ['<table class="cfdump_struct"><tr><th class="struct" colspan="2" onClick="cfdump_toggleTable(this);">struct</th></tr>']
        for k, vals in rows:
            s += [f'<tr><td class="struct" onClick="cfdump_toggleRow(this);">{k}</td><td>'] + vals + ["</td></tr>"]
        s += ["</table>"]
        return [Line(fam, s)]
    out = [Line(fam, ["struct"])]
    rows = [("FIELDNAMES", ["PID,PLNM,PFN,BDT,PH1,EMAIL,INS_NO,NOTES"]),
            ("PID", [P(p.mrn, "mrn")]), ("PLNM", [P(p.last, "name")]), ("PFN", [P(p.first, "name")]),
            ("BDT", ["{d '", P(fdate(p.dob, "iso"), "date"), "'}"]), ("PH1", [P(fphone(p.cell), "phone")]),
            ("EMAIL", [P(p.email, "email")]), ("INS_NO", [P(p.member, "health_plan")]),
            ("SUBMIT", ["Save Patient"]), ("CFID", [str(R.randint(10000, 99999))]),
            ("CFTOKEN", [f"{R.randint(10000000, 99999999)}"])]
    keep = [r for r in rows if chance(0.75)]
    for k, vals in keep:
        out.append(Line(fam, [f"{k}: "] + vals))
    return out


@phi(1.3)
def t_apache_cgi_error():
    p = Person(); t = now(); fam = "apache_cgi_error"
    o = org()
    head = f"{ts_apache_err(t)} [error] [client "
    v = R.randrange(3)
    script = pick(["intake.pl", "appt.cgi", "newpt.pl", "formmail.pl", "recall.cgi"])
    if v == 0:
        s = [head, P(pub_ip(), "ip"), f"] {script}: bad zip '", P(p.zip[:4], "zip"), "' for plnm=", P(p.last, "name"),
             f" at /var/www/cgi-bin/{script} line {R.randint(40, 600)}., referer: http://{o['web']}/newpatient.html"]
    elif v == 1:
        s = [head, f"{lan_ip()}] Use of uninitialized value $ins_grp in concatenation (.) or string at /var/www/cgi-bin/{script} line {R.randint(40, 600)}. params: pfn=",
             P(p.first, "name", urlq), "&plnm=", P(p.last, "name", urlq), "&bdt=", P(fdate(p.dob, "mdy"), "date", urlq),
             "&ph1=", P(fphone(p.home, "dash"), "phone", urlq)]
    else:
        s = [head, P(pub_ip(), "ip"), f"] FormMail: sendmail failed for recipient frontdesk@{o['dom']} (sender ",
             P(p.email, "email"), "), referer: ", P(f"http://{o['web']}/cgi-bin/thanks.pl?name={urlq(p.full)}&id={p.mrn}", "url")]
    return [Line(fam, s)]


@phi(0.25)
def t_perl_dumper():
    p = Person(); t = now(); fam = "perl_dumper"
    out = [Line(fam, [f"{ts_apache_err(t)} [warn] intake.pl: \\%q = $VAR1 = {{"])]
    rows = [("pfn", [P(p.first, "name", perlq)]), ("plnm", [P(p.last, "name", perlq)]),
            ("bdt", [P(fdate(p.dob, "mdy"), "date")]), ("ph1", [P(fphone(p.home), "phone")]),
            ("ph2", [P(fphone(p.cell), "phone")]), ("addr", [P(p.street, "address", perlq)]),
            ("cty", [P(p.city, "address", perlq)]), ("st", [p.state]), ("zp", [P(p.zip, "zip")]),
            ("ins_no", [P(p.member, "health_plan")]), ("ins_co", [p.payer]), ("sbmt", ["Send"]),
            ("emrg_nm", [P(p.rel_full, "name", perlq)]), ("emrg_rel", [p.rel])]
    rows = [r for r in rows if chance(0.7)]
    for k, vals in rows:
        out.append(Line(fam, [f"          '{k}' => '"] + vals + ["',"]))
    out.append(Line(fam, ["        };"]))
    return out


@phi(0.25)
def t_php_print_r():
    p = Person(); t = now(); fam = "php_print_r"
    which = pick(["_POST", "_GET", "_SESSION", "_REQUEST"])
    out = [Line(fam, [f"{ts_php(t)} {which}: Array"]), Line(fam, ["("])]
    rows = [("first_name", [P(p.first, "name")]), ("last_name", [P(p.last, "name")]),
            ("dob", [P(fdate(p.dob, pick(["mdy", "iso"])), "date")]), ("phone", [P(fphone(p.cell), "phone")]),
            ("email", [P(p.email, "email")]), ("address", [P(p.street + (", " + p.unit if p.unit else ""), "address")]),
            ("city", [P(p.city, "address")]), ("state", [p.state]), ("zip", [P(p.zip, "zip")]),
            ("insurance", [p.payer]), ("member_id", [P(p.member, "health_plan")]),
            ("reason", [pick(["tooth pain lower left", "new patient cleaning", "back pain after fall", "follow up", "broken crown", "ingrown toenail", "annual eye exam"])]),
            ("submit", ["Request Appointment"])]
    if which == "_SESSION":
        rows = [("user_id", [str(R.randint(1, 40))]), ("user_name", [pick(STAFF)]), ("pt_id", [P(p.mrn, "mrn")]),
                ("pt_name", [P(p.full, "name")]), ("last_activity", [str(int(t.timestamp()))])]
    rows = [r for r in rows if chance(0.8)]
    for k, vals in rows:
        out.append(Line(fam, [f"    [{k}] => "] + vals))
    out.append(Line(fam, [")"]))
    return out


@phi(1.3)
def t_php_error_log():
    p = Person(); t = now(); fam = "php_error_log"
    v = R.randrange(4)
    if v == 0:
        d = future_date(t)
        obj = ['{"fname":"', P(p.first, "name", phpj), '","lname":"', P(p.last, "name", phpj), '","dob":"',
               P(fdate(p.dob, "mdy"), "date", phpj), '","phone":"', P(fphone(p.cell), "phone", phpj),
               '","pref_date":"', P(fdate(d, "mdy"), "date", phpj), '","msg":"',
               P(pick(["please call after 3pm", "need Saturday if possible!", "I'm a new patient & my insurance changed", "son has braces"]), None, phpj),
               '"}']
        s = [f"{ts_php(t)} appt req: "] + obj
    elif v == 1:
        s = [f"{ts_php(t)} PHP Warning:  mysql_query(): Duplicate entry '", P(p.email, "email"),
             f"' for key 'email' in /home/clinic/public_html/portal/register.php on line {R.randint(20, 400)}"]
    elif v == 2:
        s = [f"{ts_php(t)} PHP Notice:  Undefined index: ins_grp in /var/www/html/newpt/save.php on line {R.randint(20, 400)} (pid=",
             P(p.mrn, "mrn"), ", ssn4=", p.ssn[-4:], ")"]
    else:
        s = [f"{ts_php(t)} PHP Fatal error:  Uncaught mysqli_sql_exception: Data too long for column 'addr' at row 1 in /var/www/html/newpt/save.php:88 -- INSERT INTO pt (addr,city,zip,cell) VALUES ('",
             P(p.street + (" " + p.unit if p.unit else ""), "address", sqlq), "','", P(p.city, "address", sqlq), "','",
             P(p.zip4, "zip"), "','", P(fphone(p.cell, "plain"), "phone"), "')"]
    return [Line(fam, s)]


@phi(1.0)
def t_php_session():
    p = Person(); t = now(); fam = "php_session"

    def sstr(key, segs):
        return [f'{key}|s:{raw_len(segs)}:"'] + segs + ['";']
    s = [f"sess_{hexs(26)}: "]
    s += [f"uid|i:{R.randint(1, 30)};"]
    s += sstr("uname", [pick(STAFF)])
    s += sstr("pt_id", [P(p.mrn, "mrn")])
    s += sstr("pt_name", [P(p.full, "name")])
    if chance(0.6):
        s += sstr("pt_dob", [P(fdate(p.dob, "iso"), "date")])
    if chance(0.5):
        s += sstr("pt_ins", [P(p.member, "health_plan")])
    s += [f"last|i:{int(t.timestamp())};"]
    return [Line(fam, s)]


@phi(1.4)
def t_gravityforms():
    p = Person(); t = now(); fam = "gravityforms_log"
    us = f"{ts_iso(t)}.{R.randint(0, 999999):06d}"
    v = R.randrange(3)
    if v == 0:
        d = future_date(t)
        obj = ['{"id":"', str(R.randint(100, 9000)), '","form_id":"', str(R.randint(1, 12)), '","1.3":"',
               P(p.first, "name", phpj), '","1.6":"', P(p.last, "name", phpj), '","3":"',
               P(fphone(p.cell, "paren"), "phone", phpj), '","4":"', P(p.email, "email", phpj), '","5":"',
               P(fdate(p.dob, "mdy"), "date", phpj), '","7":"', P(fdate(d, "mdy"), "date", phpj),
               '","ip":"', P(pub_ip(), "ip"), '","source_url":"https:\\/\\/', org()["web"].replace("/", "\\/"),
               '\\/request-appointment\\/","user_agent":"Mozilla\\/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)"}']
        s = [f"{us} - DEBUG --> GFAPI::add_entry(): entry => "] + obj
    elif v == 1:
        o = org()
        s = [f"{us} - DEBUG --> GFCommon::send_email(): Sending email via wp_mail(). to: frontdesk@{o['dom']} subject: New Appointment Request - ",
             P(p.full, "name"), " (", P(fphone(p.home, "dash"), "phone"), ")"]
    else:
        s = [f"{us} - ERROR --> GF_Field_FileUpload::upload_file(): photo_id upload failed for entry {R.randint(100, 9000)}: ",
             "value=", P("data:image/jpeg;base64," + photo_b64("jpeg", R.randint(300, 900)), "photo")]
    return [Line(fam, s)]


@phi(1.2)
def t_cf7():
    p = Person(); t = now(); fam = "cf7_log"
    d = future_date(t)
    msg_parts = [pick(["Hi, I'd like to book a cleaning for me and my ", "Need appt asap, my ", "Can I bring my "]),
                 p.rel, " ", P(p.rel_first, "name"), pick([" too", " also needs a checkup", ". Thanks!"])]
    s = [f"{ts_php(t)} CF7 #{R.randint(10, 999)} \"{pick(['Appointment Request', 'New Patient Form', 'Contact us'])}\" submission: your-name=\"",
         P(p.full, "name", csvq), "\", your-email=\"", P(p.email, "email"), "\", your-tel=\"",
         P(fphone(p.cell), "phone"), "\", your-date=\"", P(fdate(d, "iso"), "date"), "\", your-message=\""]
    s += esc(msg_parts, csvq) + ["\""]
    return [Line(fam, s)]


@phi(1.0)
def t_joomla():
    p = Person(); t = now(); fam = "joomla_log"
    v = R.randrange(2)
    if v == 0:
        obj = ['{"FullName":"', P(p.full, "name", jesc), '","DOB":"', P(fdate(p.dob, "mdy"), "date", jesc),
               '","Insurance":"', p.payer, '","MemberID":"', P(p.member, "health_plan"), '","Phone":"',
               P(fphone(p.home), "phone", jesc), '","County":"', P(p.county, "address", jesc), '"}']
        s = [f"{ts_isot(t)}\tINFO ", P(pub_ip(), "ip"), f"\trsform\tSubmission {R.randint(100, 9999)}: "] + obj
    else:
        s = [f"{ts_isot(t)}\tWARNING {lan_ip()}\tchronoforms\tEmail to ", P(p.email, "email"),
             " bounced (550 5.1.1 user unknown); form=newpatient record=", str(R.randint(100, 9999))]
    return [Line(fam, s)]


@phi(1.2)
def t_excel_vba():
    p = Person(); t = now(); fam = "excel_vba_log"
    wb = pick(["ImportEOB.xlsm", "DailyDeposit.xlsm", "RecallList_v3.xls", "ClaimsTracker.xlsm"])
    v = R.randrange(3)
    head = f"{ts_eu(t) if chance(0.3) else ts_us12(t)} | {wb} | "
    if v == 0:
        s = [head, f"Sheet \"{MON[t.month - 1]}\" row {R.randint(2, 300)}: no match for Member ID ",
             P(p.member, "health_plan"), " (", P(f"{p.last.upper()}, {p.first.upper()} {p.mi}", "name"), "  DOB ",
             P(fdate(p.dob, "mdy_s"), "date"), ") - skipped"]
    elif v == 1:
        svc = past_date(t, 5, 90)
        s = [head, f"PostPayment: chk# {R.randint(1000, 99999)} ${R.randint(10, 900)}.{R.randint(0, 99):02d} applied to acct ",
             P(p.acct, "account"), " DOS ", P(fdate(svc, "mdy_s"), "date"), f" claim {R.randint(10**9, 10**10 - 1)}"]
    else:
        s = [head, "Range(\"B", str(R.randint(2, 300)), "\").Value = \"", P(p.full, "name"), "\" / Range(\"F\").Value = \"",
             P(fdate(p.dob, "mdy_s"), "date"), "\"  -> Err 1004 Application-defined or object-defined error"]
    return [Line(fam, s)]


@phi(1.1)
def t_batch():
    p = Person(); t = now(); fam = "win_batch"
    nm = ascii_fold(p.last).upper().replace(" ", "").replace("'", "") + "_" + ascii_fold(p.first).upper().replace(" ", "")
    dob = fdate(p.dob, "mdY8")
    v = R.randrange(3)
    if v == 0:
        s = [f"C:\\scripts>copy \"\\\\FS01\\Scans\\Inbox\\", P(nm, "name"), "_", P(dob, "date"),
             ".pdf\" \"\\\\FS01\\Charts\\", nm[0], "\\", P(p.mrn, "mrn"), "\\\"  ", "       1 file(s) copied."]
    elif v == 1:
        s = [f"\t    New File  \t\t{R.randint(20000, 900000)}\t", P(nm, "name"), "_", P(dob, "date"),
             f"_{pick(['INTAKE', 'XRAY', 'EOB', 'CONSENT', 'ID'])}.pdf"]
    else:
        s = [f"{DOW[t.weekday()]} {t:%m/%d/%Y} {t.hour:2d}:{t:%M:%S}.{R.randint(0, 99):02d} ERROR moving \"D:\\Dexis\\Images\\",
             P(p.chart, "mrn"), "\\", P(fdate(past_date(t, 1, 30), "ymd"), "date"), "_BWX.dcm\" - The process cannot access the file because it is being used by another process."]
    return [Line(fam, s)]


@phi(1.1)
def t_rightfax():
    p = Person(); t = now(); fam = "rightfax_log"
    o = org()
    v = R.randrange(3)
    if v == 0:
        s = [f"{ts_us12z(t)}  FaxID={hexs(8).upper()}  User={pick(STAFF)}  To=\"{clin_name('full')}\" @ {fphone(mk_phone(pick(['217', '312', '401', '937', '505'])), 'paren')}  Subject=\"Records: ",
             P(p.lf, "name"), " DOB ", P(fdate(p.dob, "mdy"), "date"), f"\"  Status=Sent  Pages={R.randint(1, 30)}  Duration=00:0{R.randint(0, 9)}:{R.randint(10, 59)}"]
    elif v == 1:
        s = [f"{ts_us12z(t)}  FaxID={hexs(8).upper()}  User={pick(STAFF)}  To=\"", P(p.full, "name"), "\" @ ",
             P(fphone(p.faxno, "paren"), "fax"), f"  Subject=\"Statement acct ", P(p.acct, "account"),
             f"\"  Status=Failed (No answer)  Retries=3"]
    else:
        s = [f"{ts_us12z(t)}  Inbound on line {R.randint(1, 4)}: CSID=\"", P(fphone(p.faxno, "e164s"), "fax"),
             f"\" ANI=", P(fphone(p.faxno, "plain"), "fax"), f" Pages={R.randint(1, 6)} routed to FRONTDESK (cover: \"records request for ",
             P(p.full, "name"), "\")"]
    return [Line(fam, s)]


@phi(1.0)
def t_hylafax():
    p = Person(); t = now(); fam = "hylafax_xferlog"
    o = org()
    s = [f"{t:%m/%d/%y %H:%M}\tRECV\t{R.randint(1, 99999):08d}\tttyS{R.randint(0, 3)}\tfax{R.randint(1, 9999):09d}.tif\t\"\"\tfax\t\"{fphone(o['fax'], 'e164')}\"\t\"",
         P(fphone(p.faxno, pick(["e164s", "space", "dash"])), "fax"),
         f"\"\t{pick(['4', '12', '44'])}\t{R.randint(1, 9)}\t0:0{R.randint(1, 5)}:{R.randint(10, 59)}\t0:0{R.randint(1, 5)}:{R.randint(10, 59)}\t\"\"\t\"",
         P(ascii_fold(p.last).upper()[:12] + " " + ascii_fold(p.first).upper()[0], "name"), "\"\t\"",
         P(p.faxno, "fax"), "\"\t\"\"\t\"\"\t\"\""]
    return [Line(fam, s)]


@phi(1.4)
def t_dental():
    p = Person(elderly=chance(0.35)); t = now(); fam = "dental_pm"
    o = org()
    v = R.randrange(4)
    if v == 0:
        s = [f"[EagleSoft] {t:%m/%d/%Y %H:%M} PatID=", P(p.mrn, "mrn"), " Pat=", P(p.lf, "name"), " Guar=",
             P(f"{p.rel_last}, {p.rel_first}", "name"), f" ({p.rel.title()}) PrimIns={p.payer} SubID=",
             P(p.member, "health_plan"), f" Grp={p.group or 'N/A'} Prov={pick(['NR1', 'LF', 'HYG2', 'MZ'])}"]
    elif v == 1:
        s = [f"{ts_ms(t)} Dentrix.Appt: ChartNum=", P(p.chart, "mrn"), " appt ", P(fdate(future_date(t), "mdy"), "date"),
             f" {appt_time()} op={pick(['OP1', 'OP2', 'OP3', 'HYG1'])} moved by {pick(STAFF)}; HmPh=",
             P(fphone(p.home, "paren"), "phone"), " WkPh=", P(fphone(p.work, "paren") + f" x{R.randint(10, 999)}", "phone")]
    elif v == 2:
        s = [f"OpenDental {ts_iso(t)} PatNum:", P(str(R.randint(1000, 40000)), "mrn"), " SecLog PatientEdit by ",
             pick(STAFF), ": Birthdate changed from ", P(fdate(p.dob - dt.timedelta(days=R.randint(1, 400)), "mdy"), "date"),
             " to ", P(fdate(p.dob, "mdy"), "date"), "; SSN changed to ", P(fssn(p.ssn, "dash"), "ssn")]
    else:
        s = [f"{ts_ms(t)} ClaimScrub: ", P(p.LF, "name"), " age ", age_seg(p, t), f" D{R.randint(1000, 9999)} on #{R.randint(2, 32)} - frequency limit; SubID ",
             P(p.member, "health_plan"), f" ({p.payer}), claim #{R.randint(10**6, 10**7)}"]
    return [Line(fam, s)]


@phi(1.4)
def t_chiro():
    p = Person(); t = now(); fam = "chiro_pm"
    v = R.randrange(3)
    if v == 0:
        doi = past_date(t, 3, 120)
        s = [f"{ts_us12(t)} ChiroTouch MVA case opened: pt ", P(p.full, "name"), ", DOI ", P(fdate(doi, "mdy"), "date"),
             ", vehicle VIN ", P(vin(), "vehicle"), ", plate ", P(plate(p.state), "vehicle"), f" ({p.state}), carrier {pick(['GEICO', 'Progressive', 'State Farm', 'Allstate'])} claim# {R.randint(10**9, 10**10)}-{R.randint(1, 9)}, attorney {pick(['Morgan & Morgan', 'Hupy and Abraham', 'Jacoby & Meyers'])}"]
    elif v == 1:
        s = [f"{ts_us12(t)} [SOAP] {clin_name('cred')} signed visit {R.randint(10000, 99999)} for ", P(p.lf, "name"),
             " (acct ", P(p.acct, "account"), "), DOS ", P(fdate(past_date(t, 0, 5), "mdy"), "date"),
             ", next visit ", P(fdate(future_date(t, 1, 10), "md"), "date")]
    else:
        s = [f"{ts_us12(t)} PIP ledger: ", P(p.LF, "name"), " DL# ", P(dl_number(p.state), "license"), f" ({p.state}) ",
             "adjuster fax (800) 654-", digits(4), f" ; balance ${R.randint(100, 9000)}.00"]
    return [Line(fam, s)]


@phi(1.0)
def t_java_applet():
    p = Person(); t = now(); fam = "java_applet"
    v = R.randrange(3)
    if v == 0:
        s = ["Exception in thread \"AWT-EventQueue-0\" java.lang.NumberFormatException: For input string: \"",
             P(fssn(p.ssn, "dash"), "ssn"), f"\" at java.lang.Integer.parseInt(Integer.java:{R.randint(400, 700)}) at com.medsoft.intake.PatientPanel.save(PatientPanel.java:{R.randint(100, 900)})"]
    elif v == 1:
        s = [f"java.sql.SQLException: ORA-12899: value too large for column \"CLINIC\".\"PATIENT\".\"PHONE1\" (actual: 14, maximum: 10) value='",
             P(fphone(p.home, "paren"), "phone"), "' PATNO=", P(p.mrn, "mrn")]
    else:
        s = [f"[{ts_ms(t)}] INFO PortalApplet: loaded demographics for ", P(p.full, "name"), " (",
             P(p.mrn, "mrn"), ") photo=", P(photo_b64("jpeg", R.randint(250, 600)), "photo")]
    return [Line(fam, s)]


@phi(1.1)
def t_lotus():
    p = Person(); t = now(); fam = "lotus_notes"
    d = future_date(t)
    v = R.randrange(3)
    if v == 2:
        o = org()
        s = [f"{ts_us12z(t)}  AMgr: Agent ('PortalInvite' in 'clinic\\patients.nsf') printing: invite for ", P(p.full, "name"),
             " -> ", P(f"http://{o['web']}/portal/register.nsf/invite?OpenForm&PatNo={p.mrn}&DOB={fdate(p.dob, 'ymd')}", "url")]
    elif v == 0:
        s = [f"{ts_us12z(t)}  AMgr: Agent ('ApptReminder|ApptReminder' in 'clinic\\appts.nsf') printing: Sent reminder to ",
             P(p.email, "email"), " for appt ", P(fdate(d, "mdy"), "date"), f" {appt_time()} with {clin_name('dr')}"]
    else:
        s = [f"{ts_us12z(t)}  AMgr: Agent ('NightlyRecall' in 'clinic\\patients.nsf') error message: Document {hexs(8).upper()} Patient \"",
             P(f"{p.first} {p.mi}. {p.last}", "name"), "\" field HomeAddr=\"", P(p.street, "address"), ", ",
             P(p.city, "address"), f" {p.state} ", P(p.zip, "zip"), "\" invalid for mail merge"]
    return [Line(fam, s)]


@phi(0.5)
def t_dbase_list():
    t = now(); fam = "dbase_list"
    out = [Line(fam, ["Record#  PATNO  LASTNAME        FIRSTNAME   BIRTHDT   PHONE       AGE"])]
    for _ in range(R.randint(1, 3)):
        p = Person(elderly=chance(0.45))
        ln = ascii_fold(p.last).upper()[:15]
        fn = ascii_fold(p.first).upper()[:11]
        pn = f"{R.randint(1, 99999):05d}"
        s = [f"{R.randint(1, 20000):7d}  ", P(pn, "mrn"), "  ", P(ln, "name"), " " * (16 - len(ln)), P(fn, "name"),
             " " * (12 - len(fn)), P(fdate(p.dob, "mdy2"), "date"), "  ", P(p.home, "phone"), "  ", age_seg(p, t)]
        out.append(Line(fam, s))
    return out


@phi(0.9)
def t_foxpro():
    p = Person(); t = now(); fam = "foxpro_error"
    v = R.randrange(2)
    if v == 0:
        s = [f"{t:%m/%d/%Y %H:%M:%S} Error 1884 \"Uniqueness of index PATNO is violated\" in SAVEPAT line {R.randint(10, 90)} (m.lname=",
             P(p.last.upper(), "name"), " m.ssn=", P(p.ssn, "ssn"), " m.bdate={^", P(fdate(p.dob, "iso"), "date"), "})"]
    else:
        s = [f"{t:%m/%d/%Y %H:%M:%S} Error 1429 OLE IDispatch exception code 0 from Outlook.Application: Unknown recipient ",
             P(p.email, "email"), " in PROCEDURE sendstmt line ", str(R.randint(10, 90)), " (guar ",
             P(p.rel_full.upper(), "name"), ")"]
    return [Line(fam, s)]


@phi(0.3)
def t_ini():
    p = Person(); t = now(); fam = "ini_dump"
    sec = pick(["[Patient]", "[LastPatient]", "[CurrentPt]", "[PT]"])
    out = [Line(fam, [f"; saved by {pick(['PatReg.exe', 'kiosk.exe', 'Intake32.exe'])} {t:%m/%d/%Y %H:%M}"]), Line(fam, [sec])]
    rows = [("pid", [P(p.mrn, "mrn")]), ("pfn", [P(p.first, "name")]), ("plnm", [P(p.last, "name")]),
            ("bdt", [P(fdate(p.dob, "ymd"), "date")]), ("ph1", [P(fphone(p.home, "plain"), "phone")]),
            ("ph2", [P(fphone(p.cell, "plain"), "phone")]), ("ins_no", [P(p.member, "health_plan")]),
            ("ins_co", [p.payer]), ("fld07", [P(fssn(p.ssn, "plain"), "ssn")]), ("fld08", [p.sex]),
            ("fld09", [P(p.street, "address")]), ("fld10", [P(p.zip, "zip")]), ("dlno", [P(dl_number(p.state), "license")]),
            ("DocID", [str(R.randint(1, 20))]), ("LastUser", [pick(STAFF)])]
    rows = [r for r in rows if chance(0.6)]
    for k, vals in rows:
        k2 = k.upper() if chance(0.2) else k
        out.append(Line(fam, [f"{k2}="] + vals))
    return out


@phi(1.3)
def t_terse():
    p = Person(); t = now(); fam = "terse_kv"
    fields = [("pfn", [P(p.first, "name")]), ("plnm", [P(p.last, "name")]), ("bdt", [P(fdate(p.dob, pick(["ymd", "mdy"])), "date")]),
              ("ph1", [P(fphone(p.home, pick(["plain", "dash"])), "phone")]), ("ins_no", [P(p.member, "health_plan")]),
              ("fld07", [P(fssn(p.ssn, "plain"), "ssn")]), ("PtEml", [P(p.email, "email")]),
              ("ADR1", [P(p.street, "address")]), ("cty", [P(p.city, "address")]), ("ZP", [P(p.zip, "zip")]),
              ("GrNm", [P(p.rel_full, "name")]), ("gRel", [p.rel[:3].upper()]), ("mcr", [P(p.mbi, "health_plan")]),
              ("ag", [age_seg(p, t)]), ("prv", [pick(["NR", "LF", "MH", "AR"])]), ("stat", [pick(["A", "I", "N"])]),
              ("cc", [P(fmt_card(card_number()[1], "plain"), "account")]), ("ofc", [str(R.randint(1, 3))])]
    fields = [f for f in fields if chance(0.45)]
    if not any(isinstance(v[0], tuple) for _, v in fields):
        fields.insert(0, ("pfn", [P(p.first, "name")]))
    sep = pick(["|", "~", ";", "^", "\t"])
    s = [f"{t:%Y%m%d%H%M%S}{sep}PT{sep}"]
    for i, (k, vals) in enumerate(fields):
        if i:
            s.append(sep)
        s += [f"{k}="] + vals
    return [Line(fam, s)]


@phi(1.6)
def t_frontdesk():
    p = Person(); t = now(); fam = "frontdesk_note"
    u = pick(STAFF)
    d1 = future_date(t, 1, 14)
    d2 = d1 + dt.timedelta(days=R.randint(1, 14))
    v = R.randrange(7)
    head = f"{t:%Y-%m-%d %H:%M} {u}: "
    if v == 0:
        s = [head, "pt's ", p.rel, " ", P(p.rel_full, "name"), " called (cell ", P(fphone(p.rel_phone), "phone"),
             "), ", pick(["mom", "dad", "pt"]), " (", age_seg(Person(elderly=True), t), " y/o) fell, resched appt from ",
             P(fdate(d1, "md"), "date"), " to ", P(fdate(d2, "md"), "date"), ", new addr ",
             P(p.street + (" " + p.unit if p.unit else ""), "address"), " ", P(p.city, "address")]
    elif v == 1:
        s = [head, "Mrs. " if p.sex == "F" else "Mr. ", P(p.last, "name"), " says " + ("her" if p.sex == "F" else "his") + " FB page is ",
             P(f"https://www.facebook.com/{ascii_fold(p.first).lower().replace(' ', '')}.{ascii_fold(p.last).lower().replace(' ', '').replace(chr(39), '')}.{R.randint(1, 99)}", "url"),
             f" - {'she' if p.sex == 'F' else 'he'} posted a review, pls ask {clin_name('dr')} to respond"]
    elif v == 2:
        s = [head, "LM for ", P(p.first, "name"), " at ", P(fphone(p.home), "phone"),
             " re: balance on acct ", P(p.acct, "account"), f". Billing office # is {fphone(org()['phone'], 'paren')}."]
    elif v == 3:
        s = [head, "pt ", P(p.full, "name"), " deceased ", P(fdate(past_date(t, 2, 20), "mdy_s"), "date"),
             f" per {p.rel} - cancel recalls & inactivate chart ", P(p.mrn, "mrn")]
    elif v == 4:
        s = [head, "new pt walk-in ", P(p.full.upper(), "name"), ", no ins, self-pay. DOB ", P(fdate(p.dob, "mdy_s"), "date"),
             ", lic ", P(dl_number(p.state), "license"), f" {p.state}, ", pick(["paid cash", "paid by card", "will pay next visit"])]
    elif v == 5:
        s = [head, "insurance card scanned for ", P(p.lf, "name"), f" - {p.payer} ID ", P(p.member, "health_plan"),
             f" grp {p.group or 'none'}; subscriber is {p.rel} ", P(p.rel_full, "name"), " DOB ",
             P(fdate(dt.date(R.randint(1940, 1995), R.randint(1, 12), R.randint(1, 28)), "mdy"), "date")]
    else:
        s = [head, f"{clin_name('dr')} running {R.randint(10, 40)} min late, called ", P(p.first, "name"),
             " ", P(fphone(p.cell, "dash"), "phone"), " and ", pick(["Mr.", "Ms.", "Mrs."]), " ",
             P(Person().last, "name"), " to come later"]
    return [Line(fam, s)]


@phi(1.1)
def t_sms():
    p = Person(); t = now(); fam = "sms_gateway"
    o = org()
    d = future_date(t)
    v = R.randrange(3)
    if v == 0:
        s = [f"{ts_ms(t)} SMS queued to ", P(fphone(p.cell, "e164"), "phone"), " (pt ", P(p.mrn, "mrn"),
             f") \"Hi ", P(p.first, "name"), f", reminder: appt {DOW[d.weekday()]} ", P(fdate(d, "md"), "date"),
             f" {appt_time()} at {o['name']}. Reply C to confirm\" msgid={hexs(24)}"]
    elif v == 1:
        s = [f"{ts_ms(t)} portal device registered: pt ", P(p.mrn, "mrn"), " imei=", P(imei(), "device"),
             f" os=Android 13 app=2.{R.randint(0, 9)}.{R.randint(0, 30)} push_token={hexs(32)}"]
    else:
        s = [f"{ts_ms(t)} reply from ", P(fphone(p.cell, "e164"), "phone"), ": \"", pick(["C", "Confirmed", "cant make it, pls call me", "STOP"]),
             "\" matched appt ", str(R.randint(10000, 999999)), " link ",
             P(f"https://{o['web'].replace('www.', '')}/confirm.asp?pid={p.mrn}&k={hexs(6)}", "url")]
    return [Line(fam, s)]


@phi(1.5)
def t_dme():
    p = Person(elderly=chance(0.4)); t = now(); fam = "dme_log"
    v = cycle("t_dme", 3)
    if v == 0:
        s = [f"{ts_iso(t)} DME order {R.randint(10000, 99999)}: pt ", P(p.lf, "name"), " ResMed AirSense 10 SN ",
             P("2" + digits(10), "device"), f" mask F20 M, HCPCS E0601, Rx {clin_name('cred')}"]
    elif v == 1:
        s = [f"{ts_iso(t)} upload: cgm serial=", P(pick(["NG", "SM", "1A"]) + digits(7) + R.choice("HKL"), "device"),
             " mac=", P(mac(), "device"), " patient=", P(p.mrn, "mrn"), f" readings={R.randint(100, 3000)}"]
    else:
        s = [f"{ts_iso(t)} Hearing aid fitting: ", P(p.full, "name"), " age ", age_seg(p, t), " L serial ",
             P(digits(10), "device"), " R serial ", P(digits(10), "device"), f" (Phonak Audeo P90, lot {hexs(6).upper()})"]
    return [Line(fam, s)]


@phi(1.4)
def t_payment():
    p = Person(); t = now(); fam = "payment_form"
    v = R.randrange(3)
    if v == 0:
        kind, num = card_number()
        s = [f"{ts_php(t)} pay.php POST: amt={R.randint(20, 800)}.00&cc_name=", P(p.full, "name", urlq), "&cc_num=",
             P(fmt_card(num, pick(["plain", "space", "dash"])), "account", urlq), "&cc_exp=**%2F**&cc_cvv=***&bill_zip=",
             P(p.zip, "zip"), "&acct=", P(p.acct, "account")]
    elif v == 1:
        s = [f"{ts_php(t)} ACH enrollment: guarantor ", P(p.rel_full, "name"), " routing=",
             pick(["021000021", "011000138", "121000248", "111000025", "061000104"]), " acct=",
             P(digits(R.randint(8, 12)), "account"), f" type={pick(['CHK', 'SAV'])} status=pending"]
    else:
        s = [f"{ts_php(t)} refund #{R.randint(1000, 9999)} to pt ", P(p.lf, "name"), " IBAN ",
             P(iban_de() if chance(0.6) else iban_gb(), "account"), f" EUR {R.randint(20, 400)},00 (overpayment)"]
    return [Line(fam, s)]


@phi(1.6)
def t_idscan():
    p = Person(); t = now(); fam = "id_scanner"
    iin = pick(["636014", "636001", "636015", "636020", "636026", "636035"])
    dlno = dl_number(p.state)
    ln = ascii_fold(p.last).upper()
    fn = ascii_fold(p.first).upper()
    s = [f"{ts_ms(t)} ScanShell800 PDF417 raw=@\\n\\x1e\\rANSI {iin}080002DL00410278ZC03190024DLDAQ",
         P(dlno, "license"), "\\nDCS", P(ln, "name"), "\\nDAC", P(fn, "name"), "\\nDAD", p.mi,
         "\\nDBB", P(fdate(p.dob, "mdY8"), "date"), f"\\nDBC{1 if p.sex == 'M' else 2}\\nDAY{pick(['BRO', 'BLU', 'GRN', 'HAZ'])}\\nDAG",
         P(ascii_fold(p.street).upper(), "address"), "\\nDAI", P(ascii_fold(p.city).upper(), "address"),
         f"\\nDAJ{p.state}\\nDAK", P(p.zip + digits(4), "zip"), "\\nDCGUSA"]
    return [Line(fam, s)]


@phi(0.9)
def t_x12():
    p = Person(); t = now(); fam = "x12_837"
    ln = ascii_fold(p.last).upper()
    fn = ascii_fold(p.first).upper()
    c = clin()
    s = [f"{t:%H:%M:%S} 837 seg dump ST*837*{R.randint(1, 9999):04d}*005010X222A1~NM1*85*2*{ascii_fold(org()['name']).upper()}*****XX*{npi()}~HL*2*1*22*0~SBR*P*18*{p.group}******CI~NM1*IL*1*",
         P(ln, "name"), "*", P(fn, "name"), "****MI*", P(p.member, "health_plan"), "~N3*",
         P(ascii_fold(p.street).upper(), "address"), "~N4*", P(ascii_fold(p.city).upper(), "address"), f"*{p.state}*",
         P(p.zip + digits(4), "zip"), "~DMG*D8*", P(fdate(p.dob, "ymd"), "date"), f"*{p.sex}~NM1*PR*2*{p.payer.upper()}*****PI*{R.randint(10000, 99999)}~"]
    return [Line(fam, s)]


@phi(2.0)
def t_biometric():
    p = Person(); t = now(); fam = "biometric_checkin"
    v = cycle("t_biometric", 3)
    if v == 0:
        s = [f"{ts_ms(t)} PalmSecure enroll OK pt=", P(p.mrn, "mrn"), " tmpl=", P(palm_template_hex(), "biometric"),
             f" quality={R.randint(60, 99)} reader=PS-{R.randint(100, 999)}"]
    elif v == 1:
        s = [f"{ts_ms(t)} kiosk01 fp_match FAIL for ", P(p.full, "name"), " score=0.", str(R.randint(10, 60)),
             " probe=", P(fp_template_b64(), "biometric")]
    else:
        s = [f"{ts_ms(t)} FaceCheckIn: enrolled ", P(p.lf, "name"), " face_tmpl=", P(face_template_b64(), "biometric"),
             " thumb=", P("data:image/png;base64," + photo_b64("png", R.randint(200, 500)), "photo")]
    return [Line(fam, s)]


@phi(1.0)
def t_winevent():
    p = Person(); t = now(); fam = "win_eventlog"
    v = R.randrange(2)
    if v == 0:
        s = [f"{ts_us12(t)}\tError\t{pick(['PatTrack', 'DentalMgr', 'ChiroSvc'])}\t1000\tNone\tUnhandled: Invalid use of Null in modBilling.PostPayment (acct ",
             P(p.acct, "account"), ", guarantor ", P(p.lf, "name"), ")"]
    else:
        s = [f"{ts_us12(t)}\tWarning\tMSSQL$PRACTICE\t{pick(['8152', '2627'])}\tServer\tViolation of PRIMARY KEY constraint 'PK_Patient'. The duplicate key value is (",
             P(p.mrn, "mrn"), ", ", P(fssn(p.ssn, "plain"), "ssn"), ")."]
    return [Line(fam, s)]


@phi(1.2)
def t_apache_access():
    p = Person(); t = now(); fam = "apache_access"
    o = org()
    q = ["pfn=", P(p.first, "name", urlq), "&plnm=", P(p.last, "name", urlq), "&ph1=",
         P(fphone(p.cell, "dash"), "phone", urlq), "&bdt=", P(fdate(p.dob, "mdy"), "date", urlq)]
    if chance(0.4):
        q += ["&eml=", P(p.email, "email", urlq)]
    if chance(0.3):
        q += ["&ins_no=", P(p.member, "health_plan", urlq)]
    s = [P(pub_ip(), "ip"), " - - ", ts_apache_acc(t), f" \"GET /cgi-bin/{pick(['appt.pl', 'newpt.cgi', 'request.php'])}?"] + q + \
        [f" HTTP/1.1\" 200 {R.randint(300, 9000)} \"http://{o['web']}/appointments.html\" \"{pick(UA).replace('+', ' ')}\""]
    return [Line(fam, s)]


@phi(0.9)
def t_cfmail():
    p = Person(); t = now(); fam = "coldfusion_mail"
    o = org()
    s = [f'"Information","scheduler-{R.randint(0, 5)}","{t:%m/%d/%y}","{t:%H:%M:%S}",,"Mail: \'Appointment Reminder\' From:\'noreply@{o["dom"]}\' To:\'',
         P(p.email, "email"), "' was successfully sent using " + pick(["smtp.office365.com", "mail.clinic.local", "smtpout.secureserver.net"]) + '"']
    if chance(0.4):
        s = [f'"Error","mailsent-{R.randint(0, 5)}","{t:%m/%d/%y}","{t:%H:%M:%S}",,"Invalid Addresses;  nested exception is: class javax.mail.SendFailedException: 550 5.1.1 <',
             P(p.email, "email"), '>: Recipient address rejected: User unknown (patient ', P(p.full, "name", csvq), ')"']
    return [Line(fam, s)]


@phi(0.9)
def t_odbc():
    p = Person(); t = now(); fam = "odbc_trace"
    pid = f"{R.randint(100, 9999):x}-{R.randint(100, 9999):x}"
    s = [f"{pick(['PATREG', 'MSACCESS', 'DENTOFFC', 'EXCEL'])}      {pid}\tEXIT  SQLExecDirectW  with return code -1 (SQL_ERROR)  WCHAR * 0x{hexs(8).upper()} [  -3] \"UPDATE PATIENT SET PHONE1='",
         P(fphone(p.home, "dash"), "phone", sqlq), "', EMAIL='", P(p.email, "email"), "', ZIP='", P(p.zip, "zip"),
         "' WHERE CHARTNO='", P(p.mrn, "mrn"), "'\\ 0\""]
    return [Line(fam, s)]


@phi(2.2)
def t_otherid():
    p = Person(); t = now()
    v = cycle("t_otherid", 5)
    if v == 0:
        fam = "frontdesk_note"
        l2 = pick(["Hernández", "García", "López", "Ramírez", "Flores", "Cruz", "Morales", "Reyes"])
        last1 = pick(["Gómez", "Muñoz", "Peña", "Castillo", "Delgado", "Villanueva", "Guerrero"])
        first = pick(["María", "José", "Guadalupe", "Jesús", "Esperanza", "Ramón", "Socorro"])
        sex = "M" if first in ("José", "Jesús", "Ramón") else "F"
        s = [f"{t:%Y-%m-%d %H:%M} {pick(STAFF)}: pt ", P(f"{first} {last1} {l2}", "name"),
             " no SSN, uses CURP ", P(curp(last1, l2, first, p.dob, sex), "other_id"), " + matricula consular for ID"]
    elif v == 1:
        fam = "msaccess_vba"
        city, prov = pick([("Windsor", "ON"), ("Winnipeg", "MB"), ("Surrey", "BC"), ("Sault Ste. Marie", "ON"), ("Moncton", "NB")])
        s = [f"{ts_us12(t)} | frmIntake.cmdSave_Click | Err 2113: The value you entered isn't valid for this field. txtSSN=\"",
             P(sin_ca(), "other_id"), "\" (Canadian SIN, pt ", P(p.lf, "name"), " from ", P(city, "address"), f" {prov})"]
    elif v == 2:
        fam = "php_error_log"
        s = [f"{ts_php(t)} intl_pt: nationality=BR cpf=", P(cpf(), "other_id"), " name=", P(p.full, "name"),
             " passport=", P(R.choice("ABCFGYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6), "other_id")]
    elif v == 3:
        fam = "terse_kv"
        s = [f"{t:%Y%m%d%H%M%S}|PT|NHSNo=", P(nhs_no(), "other_id"), "|pfn=", P(p.first, "name"),
             "|plnm=", P(p.last, "name"), "|visitor=Y|home_gp=", pick(["Dr Patel, Leeds", "Dr Hughes, Cardiff", "Dr Osei, Croydon"])]
    else:
        fam = "foxpro_error"
        s = [f"{t:%m/%d/%Y %H:%M:%S} Error 1582 \"Field SSN does not accept null values\" in SAVEPAT line {R.randint(10, 90)} (m.lname=",
             P(ascii_fold(p.last).upper(), "name"), " m.natid=", P(f"{R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(8)}", "other_id"),
             " m.natid_cty=", pick(["PHL", "IND", "NGA", "GHA", "PAK", "VNM"]), " m.bdate={^", P(fdate(p.dob, "iso"), "date"), "})"]
    return [Line(fam, s)]


@phi(1.5)
def t_photo_sql():
    p = Person(); t = now(); fam = pick(["msaccess_vba", "classic_asp_error", "php_error_log"])
    b = photo_b64("jpeg", R.randint(400, 1200))
    if fam == "php_error_log":
        s = [f"{ts_php(t)} kiosk photo save: {{\"pid\":\"", P(p.mrn, "mrn"), "\",\"img\":\"",
             P("data:image/jpeg;base64," + b, "photo", phpj), "\"}"]
    elif fam == "classic_asp_error":
        s = [f"{ts_iso(t)} Persits.Upload.1 error '800a0005' Image too large (max 64KB). /portal/photo_upload.asp, line {R.randint(20, 120)} | PatID=",
             P(p.mrn, "mrn"), " | b64=", P(b, "photo")]
    else:
        s = [f"{ts_us12(t)} | frmPatient.imgPhoto_Updated | Err 2114: unsupported format | UPDATE tblPatients SET Photo='",
             P(b, "photo"), "' WHERE PatID=", P(p.mrn, "mrn")]
    return [Line(fam, s)]


@phi(2.2)
def t_guarantor_vehicle():
    p = Person(); t = now(); fam = pick(["frontdesk_note", "chiro_pm", "vb6_app"])
    pl = plate(p.state)
    if fam == "frontdesk_note":
        s = [f"{t:%Y-%m-%d %H:%M} {pick(STAFF)}: parking validation for ", P(p.full, "name"), " plate ", P(pl, "vehicle"),
             f" ({p.state}) - blue {pick(['Camry', 'F-150', 'Civic', 'Outback', 'Sienna'])} in handicap spot, asked to move"]
    elif fam == "chiro_pm":
        s = [f"{ts_us12(t)} MVA intake: pt vehicle VIN ", P(vin(), "vehicle"), ", other driver plate ", P(plate(pick(['CA', 'TX', 'NY', 'FL'])), "vehicle"),
             ", pt ", P(p.full, "name"), ", policy holder ", P(p.rel_full, "name"), f" ({p.rel})"]
    else:
        s = [f"{ts_us12(t)} - [TransportSched.frmRide] Medicaid ride booked: member ", P(p.member, "health_plan"),
             " pickup ", P(p.street, "address"), ", ", P(p.city, "address"), " on ", P(fdate(future_date(t), "mdy"), "date"),
             " driver veh ", f"{digits(3)} (company van)"]
    return [Line(fam, s)]


@phi(3.6)
def t_rare():
    """Lines carrying the rarer categories (age>89, url, license, device, biometric), spread over families."""
    t = now(); o = org()
    v = cycle("t_rare", 12)
    if v == 0:
        p = Person(elderly=True)
        fam = "excel_vba_log"
        s = [f"{ts_us12(t)} | RecallList_v3.xls | AWV flag: ", P(p.LF, "name"), " age ", age_seg(p, t), " (", pick(["Medicare", "Medicare Part B", "MCR"]), " ",
             P(fmt_mbi(p.mbi), "health_plan"), ") - needs home visit"]
    elif v == 1:
        p = Person(elderly=True)
        fam = "msaccess_vba"
        s = [f"{ts_us12(t)} | frmIntake.txtAge_AfterUpdate | Warning: Age ", age_seg(p, t), " > 89, verify DOB ",
             P(fdate(p.dob, "mdy_s"), "date"), " for PatID ", P(p.mrn, "mrn")]
    elif v == 2:
        p = Person(elderly=True)
        fam = "frontdesk_note"
        s = [f"{t:%Y-%m-%d %H:%M} {pick(STAFF)}: ", P(p.first, "name"), " turned ", age_seg(p, t),
             f" today! {pick(['sent card', 'staff signed card', 'cake in break room for her', 'she brought cookies'])}, birthday ",
             P(fdate(p.dob, "md"), "date")]
    elif v == 3:
        p = Person()
        fam = "coldfusion_mail"
        s = [f'"Information","mailsent-{R.randint(0, 5)}","{t:%m/%d/%y}","{t:%H:%M:%S}",,"Mail: \'Your statement is ready\' To:\'',
             P(p.email, "email"), "' link=", P(f"https://{o['web'].replace('www.', '')}/portal/stmt.cfm?acct={p.acct}&t={hexs(10)}", "url"), '"']
    elif v == 4:
        p = Person()
        fam = "frontdesk_note"
        slug = ascii_fold(f"help {p.first} {p.last} with {pick(['surgery costs', 'dental bills', 'medical bills', 'recovery'])}").lower().replace(" ", "-").replace("'", "")
        s = [f"{t:%Y-%m-%d %H:%M} {pick(STAFF)}: family set up ", P(f"https://www.gofundme.com/f/{slug}", "url"),
             f" - {clin_name('dr')} ok'd a courtesy discount, see ledger"]
    elif v == 5:
        p = Person()
        fam = "php_error_log"
        s = [f"{ts_php(t)} PHP Warning:  Cannot modify header information - headers already sent (Location: ",
             P(f"https://{o['web']}/portal/viewchart.php?patient_id={p.mrn}&dob={fdate(p.dob, 'iso')}", "url"),
             f") in /var/www/html/portal/login.php on line {R.randint(20, 200)}"]
    elif v == 6:
        p = Person()
        fam = "dental_pm"
        s = [f"[EagleSoft] {t:%m/%d/%Y %H:%M} Med alert updated for PatID=", P(p.mrn, "mrn"), ": ",
             pick(["Medtronic ICD", "Boston Sci pacemaker", "St. Jude CRT-D"]), " SN ",
             P(pick(["PZN", "RNA", "BLF", "PJD"]) + digits(6) + pick(["S", "H", "G"]), "device"), " - premed not required per cardiology"]
    elif v == 7:
        p = Person()
        fam = "dme_log"
        s = [f"{ts_iso(t)} RPM gateway: BP cuff {pick(['Omron HEM-9210T', 'A&D UA-651BLE', 'iHealth BP5'])} mac ", P(mac(pick([":", "-"])), "device"),
             " paired to pt ", P(p.full, "name"), f" hub IMEI ", P(imei(), "device"), f" fw {R.randint(1, 4)}.{R.randint(0, 9)}"]
    elif v == 8:
        p = Person()
        fam = "vb6_app"
        s = [f"{ts_us12(t)} - [PharmPickup.frmVerify] ID verified for pickup of Rx #{R.randint(1000000, 9999999)}: ",
             P(p.full, "name"), " DL ", P(dl_number(p.state), "license"), f" ({p.state}); prescriber {clin_name('dr')} DEA {dea(pick(CLINICIANS)[1])}"]
    elif v == 9:
        p = Person()
        fam = "frontdesk_note"
        s = [f"{t:%Y-%m-%d %H:%M} {pick(STAFF)}: pt ", P(p.full, "name"), " is an RN at ", pick(["Mercy", "St. Luke's", "VA"]),
             ", nursing lic ", P(f"RN{digits(6)}", "license"), " - courtesy discount per office policy"]
    elif v == 10:
        p = Person()
        fam = "biometric_checkin"
        s = [f"{ts_ms(t)} VoiceID: enrolled caller pt=", P(p.mrn, "mrn"), " ani=", P(fphone(p.cell, "e164"), "phone"),
             " voiceprint=", P(base64.b64encode(b"VPRT\x00\x02" + rbytes(R.randint(120, 300))).decode(), "biometric")]
    else:
        p = Person()
        fam = "terse_kv"
        s = [f"{t:%Y%m%d%H%M%S}|BIO|pid=", P(p.mrn, "mrn"), "|fp_idx=", str(R.randint(1, 10)), "|fp_tmpl=",
             P(fp_template_b64(), "biometric"), f"|q={R.randint(40, 99)}|dev=U.are.U 4500"]
    return [Line(fam, s)]


APOS_LAST = ["O'Brien", "O'Neill", "D'Angelo", "O'Connor-Reyes", "N'Diaye", "Dell'Acqua", "O'Shaughnessy", "D'Souza",
             "M'Bala", "Ka'ahanui"]
APOS_FIRST = ["D'Andre", "Ja'Quan", "De'Asia", "Mi'Kayla", "Ke'Shawn", "La'Toya", "Renée", "Zoë", "José", "Björn",
              "Małgorzata", "Nguyễn Thị", "Çağlar", "Søren", "Joaquín", "Chloé"]


@phi(1.6)
def t_escapes():
    """Names that need escaping, written in the escaped form their format uses."""
    p = Person(); t = now()
    p.last = pick(APOS_LAST) if chance(0.7) else pick(["Müller", "Peña", "Nuñez", "Dvořák", "Øster", "Ó Súilleabháin", "Yılmaz"])
    p.first = pick(APOS_FIRST)
    v = cycle("t_escapes", 6)
    if v == 0:
        fam = "msaccess_vba"
        s = [f"{ts_us12(t)} | frmPatient.cmdFind_Click | Err 3075: Syntax error (missing operator) in query expression 'PatName = '",
             P(p.lf, "name"), "''. | fixed SQL: SELECT * FROM tblPatients WHERE LName='", P(p.last, "name", sqlq), "' AND FName='",
             P(p.first, "name", sqlq), "'"]
    elif v == 1:
        fam = "cfdump"
        s = ['<table class="cfdump_query"><tr><th class="query" colspan="3">query - Top 1 of 1 Rows</th></tr><tr><td class="query">1</td><td>',
             P(p.full, "name", htm), "</td><td>", P(p.street, "address", htm), "</td><td>{ts '",
             P(fdate(p.dob, "iso") + " 00:00:00", "date"), "'}</td></tr></table>"]
    elif v == 2:
        fam = "perl_dumper"
        s = [f"{ts_apache_err(t)} [warn] appt.cgi: $VAR1 = {{ 'pfn' => '", P(p.first, "name", perlq), "', 'plnm' => '",
             P(p.last, "name", perlq), "', 'bdt' => '", P(fdate(p.dob, "mdy"), "date"), "', 'ph1' => '",
             P(fphone(p.home), "phone", perlq), "' };"]
    elif v == 3:
        fam = "joomla_log"
        s = [f"{ts_isot(t)}\tINFO ", P(pub_ip(), "ip"), f"\trsform\tSubmission {R.randint(100, 9999)}: " + '{"FullName":"',
             P(p.full, "name", jesc), '","Email":"', P(p.email, "email", jesc), '","Phone":"', P(fphone(p.cell), "phone", jesc), '"}']
    elif v == 4:
        fam = "iis_w3c"
        s = [f"{ts_iso(t)} W3SVC1 WEB01 {lan_ip()} POST /intake/save.asp txtFName=", P(p.first, "name", urlq),
             "&txtLName=", P(p.last, "name", urlq), "&txtZip=", P(p.zip, "zip"), " 443 - ", P(pub_ip(), "ip"),
             f" HTTP/1.1 {pick(UA)} - 500 0 0 {R.randint(40, 900)}"]
    else:
        fam = "coldfusion_log"
        s = [f'"Error","jrpp-{R.randint(10, 300)}","{t:%m/%d/%y}","{t:%H:%M:%S}","INTAKE","Error Executing Database Query. SQL: UPDATE patients SET lname = \'',
             P(p.last, "name", lambda x: csvq(sqlq(x))), "', email = '", P(p.email, "email"), "' WHERE chartno = '",
             P(p.mrn, "mrn"), "' \""]
    return [Line(fam, s)]


# ================================================================ clean templates (no PHI)
@clean(1.3)
def c_filemaker():
    t = now(); host = pick(FM_HOSTS)
    v = R.randrange(5)
    ts = ts_fm(t)
    if v == 0:
        s = f'{ts}\tInformation\t{R.randint(148, 152)}\t{host}\tSchedule "Daily Backup" completed; {R.randint(2, 9)} file(s) backed up to "filemac:/Macintosh HD/Library/FileMaker Server/Data/Backups/Daily_{t:%Y-%m-%d_%H%M}/" ({R.randint(100, 9000)} MB, {R.randint(20, 900)} sec)'
    elif v == 1:
        s = f'{ts}\tInformation\t94\t{host}\tClient "{pick(WKSTNS)} ({lan_ip()}) [fe80::{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)}]" opening database "Patients" as "{pick(STAFF)}".'
    elif v == 2:
        s = f'{ts}\tWarning\t{pick(["30", "711"])}\t{host}\tClient "{pick(WKSTNS)}" no longer responding; connection closed. ({R.randint(10, 60)})'
    elif v == 3:
        s = f'{ts}\tInformation\t{R.randint(400, 460)}\t{host}\tFileMaker Server {pick(["19.6.3.302", "18.0.4.428", "13.0.9.905", "20.3.2.205"])} started. Port 5003, SSL={pick(["on", "off"])}, cache {R.randint(256, 2048)} MB'
    else:
        s = f'{ts}\tError\t{pick(["506", "8", "9"])}\t{host}\tSchedule "Purge Old Appts" scripting error (401) at "Appointments : Delete Found Records : 12". {R.randint(0, 3)} records affected.'
    return [Line("filemaker_server", [s])]


@clean(1.0)
def c_access():
    t = now()
    v = R.randrange(4)
    if v == 0:
        s = f"{ts_us12(t)} | modStartup.AutoExec | Err 3044: '\\\\FS01\\PracticeData\\Clinic_be.accdb' is not a valid path. Make sure that the path name is spelled correctly and that you are connected to the server on which the file resides. | User={pick(STAFF)} | WS={pick(WKSTNS)}"
    elif v == 1:
        s = f"{ts_us12(t)} | modMaint.CompactBE | Compact & Repair OK: Clinic_be.accdb {R.randint(200, 1900)} MB -> {R.randint(100, 900)} MB in {R.randint(10, 300)} s"
    elif v == 2:
        s = f"ErrLogID={R.randint(100, 9999)};ErrNum=3021;ErrDesc=\"No current record.\";Form=frmAppt;User={pick(STAFF)};Ctrl=cboProvider;CtrlVal=\"{pick(['NR', 'LF', 'MH'])}\";When={ts_us12(t)}"
    else:
        s = f"{ts_us12(t)} | frmDailySheet.Form_Load | Err 3146: ODBC--call failed. [Microsoft][ODBC SQL Server Driver][DBNETLIB]SQL Server does not exist or access denied. (#17) DSN=ClinicSQL Server={lan_ip()},1433"
    return [Line(pick(["msaccess_vba", "msaccess_errtable"]) if v != 2 else "msaccess_errtable", [s])]


@clean(1.0)
def c_vb6():
    t = now()
    exe = pick(["PatReg", "DentOffice", "ChiroMgr", "ApptBook32", "PODIATRY"])
    v = R.randrange(4)
    head = f"{ts_us12(t)} - [{exe}.{pick(['frmMain', 'modStartup', 'frmLogin', 'modData'])}] "
    if v == 0:
        s = head + f"App v{R.randint(2, 6)}.{R.randint(0, 9)}.{R.randint(100, 300)} started on {pick(WKSTNS)} by {pick(STAFF)}; DSN=ClinicSQL; MDAC 2.8; build 20{R.randint(8, 14):02d}.{R.randint(1, 12):02d}.{R.randint(1, 28):02d}"
    elif v == 1:
        s = head + f"Run-time error '429': ActiveX component can't create object (MSCOMCTL.OCX {R.randint(6, 7)}.{R.randint(0, 1)}.{R.randint(80, 98)})"
    elif v == 2:
        s = head + f"Login OK user={pick(STAFF)} from {pick(WKSTNS)} ({lan_ip()}) session={R.randint(10000, 99999)}"
    else:
        s = head + f"modCOM: COM{R.randint(1, 4)} 9600,N,8,1 opened; modem ATZ OK; caller-ID disabled; {R.randint(0, 9)} recall calls pending"
    return [Line("vb6_app", [s])]


@clean(0.8)
def c_delphi():
    t = now()
    s = f"[{ts_ms(t)}] [{pick(['INF', 'DBG', 'WRN'])}] " + pick([
        f"TfrmMain.FormCreate: connected to Firebird 2.5 server {lan_ip()}:3050 (PRACTICE.FDB) in {R.randint(40, 900)} ms",
        f"TdmMain.BackupDB: gbak -b completed, {R.randint(100, 4000)} MB, {R.randint(10, 600)} s",
        f"uUpdate.CheckVersion: local 4.{R.randint(0, 9)}.{R.randint(0, 99)} build {R.randint(1000, 3000)}, server build {R.randint(1000, 3000)}; no update",
        f"madExcept: EAccessViolation at address 0x{hexs(8).upper()} in module 'Dental32.exe'. Read of address 0x00000000. thread ${hexs(4)}"])
    return [Line("delphi_app", [s])]


@clean(0.9)
def c_iis():
    t = now()
    out = []
    if chance(0.25):
        out.append(Line("iis_w3c", ["#Fields: date time s-sitename s-computername s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs-version cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"]))
    stem = pick(["/images/logo.gif", "/css/site.css", "/appt/default.asp", "/scripts/jquery-1.4.2.min.js", "/favicon.ico", "/admin/login.asp", "/intake/form.asp", "/robots.txt"])
    ip = pick([lan_ip(), f"203.0.113.{R.randint(1, 254)}", f"198.51.100.{R.randint(1, 254)}", "127.0.0.1"])
    out.append(Line("iis_w3c", [f"{ts_iso(t)} W3SVC1 {pick(['WEB01', 'CLINICWEB', 'SBS2011'])} {lan_ip()} GET {stem} - {pick(['80', '443'])} - {ip} HTTP/1.1 {pick(UA)} - {pick(['200', '304', '404', '302'])} 0 0 {R.randint(1, 900)}"]))
    return out


@clean(0.8)
def c_asp():
    t = now()
    s = pick([
        f"{ts_iso(t)} Microsoft VBScript runtime error '800a000d' Type mismatch: 'CInt' /portal/default.asp, line {R.randint(5, 200)}",
        f"{ts_iso(t)} Microsoft OLE DB Provider for ODBC Drivers error '80004005' [Microsoft][ODBC Microsoft Access Driver] Could not use '(unknown)'; file already in use. /intake/save.asp, line {R.randint(5, 200)}",
        f"ASPError {ts_us12(t)}: Number=0x80004005 Description=Unspecified error File=/global.asa Line={R.randint(5, 60)} Session(\"UserID\")=\"{pick(STAFF)}\""])
    return [Line("classic_asp_error", [s])]


@clean(1.0)
def c_coldfusion():
    t = now()
    thr = pick(["ajp-nio-8016-exec-4", "jrpp-112", "web-23", "scheduler-2", "Thread-17"])
    msg = pick([
        "Datasource CLINICDSN could not be found.",
        f"Scheduled task 'purgeTemp' completed in {R.randint(100, 9000)} ms",
        "Element PATIENTID is undefined in SESSION. The specific sequence of files included or processed is: D:\\inetpub\\wwwroot\\portal\\ledger.cfm, line: 14 ",
        f"ColdFusion started, license: Standard, version 9,0,2,{R.randint(200000, 299999)}",
        f"Mail: 'Daily Schedule' From:'noreply@{org()['dom']}' To:'frontdesk@{org()['dom']}' was successfully sent using mail.clinic.local",
        f"Could not find the ColdFusion component or interface com.clinic.Patient. Ensure that the name is correct and that the component or interface exists."])
    s = f'"{pick(["Error", "Information", "Warning"])}","{thr}","{t:%m/%d/%y}","{t:%H:%M:%S}","{pick(["INTAKE", "PATIENTPORTAL", "", "BILLING"])}","{msg}"'
    return [Line(pick(["coldfusion_log", "coldfusion_mail"]) if "Mail:" in msg else "coldfusion_log", [s])]


@clean(0.2)
def c_cfdump():
    out = [Line("cfdump", ["struct"])]
    for k, v in [("CFID", str(R.randint(10000, 99999))), ("CFTOKEN", f"{R.randint(10000000, 99999999)}"),
                 ("SESSIONID", f"PATIENTPORTAL_{R.randint(10000, 99999)}_{R.randint(10000000, 99999999)}"),
                 ("URLTOKEN", f"CFID={R.randint(10000, 99999)}&CFTOKEN={R.randint(10000000, 99999999)}"),
                 ("LOGGEDIN", pick(["YES", "NO"])), ("USERROLE", pick(["frontdesk", "provider", "admin"]))]:
        if chance(0.7):
            out.append(Line("cfdump", [f"{k}: {v}"]))
    return out


@clean(1.0)
def c_perl():
    t = now()
    s = pick([
        f"{ts_apache_err(t)} [error] [client {lan_ip()}] DBD::ODBC::st execute failed: [Microsoft][ODBC SQL Server Driver]Timeout expired (SQL-HYT00) at /var/www/cgi-bin/recall.cgi line {R.randint(40, 600)}.",
        f"{ts_apache_err(t)} [error] [client 203.0.113.{R.randint(1, 254)}] Premature end of script headers: appt.cgi",
        f"{ts_apache_err(t)} [warn] [client {lan_ip()}] intake.pl: Use of uninitialized value $ENV{{\"HTTP_REFERER\"}} in pattern match (m//) at intake.pl line {R.randint(40, 600)}.",
        f"{ts_apache_err(t)} [notice] Apache/2.2.15 (Unix) mod_perl/2.0.4 Perl/v5.10.1 configured -- resuming normal operations"])
    return [Line("apache_cgi_error", [s])]


@clean(1.2)
def c_php():
    t = now()
    s = pick([
        f"{ts_php(t)} PHP Warning:  mysql_connect(): Access denied for user 'clinic'@'localhost' (using password: YES) in /home/clinic/public_html/inc/db.php on line 7",
        f"{ts_php(t)} PHP Deprecated:  Function ereg() is deprecated in /var/www/html/newpt/validate.php on line {R.randint(10, 300)}",
        f"{ts_php(t)} PHP Notice:  Undefined variable: appt_id in /var/www/html/appt/confirm.php on line {R.randint(10, 300)}",
        f"{ts_php(t)} PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate {R.randint(10000, 999999)} bytes) in /home/clinic/public_html/wp-includes/class-wpdb.php on line 2187",
        f"{ts_php(t)} PHP Warning:  session_start(): open(/var/lib/php/session/sess_{hexs(26)}, O_RDWR) failed: Permission denied (13)",
        f"{ts_php(t)} WordPress database error Table 'wp_clinic.wp_gf_entry_meta' doesn't exist for query SELECT meta_key FROM wp_gf_entry_meta WHERE entry_id = {R.randint(100, 9999)}"])
    return [Line("php_error_log", [s])]


@clean(0.2)
def c_php_print_r():
    t = now()
    out = [Line("php_print_r", [f"{ts_php(t)} _SERVER: Array"]), Line("php_print_r", ["("])]
    for k, v in [("HTTP_HOST", org()["web"]), ("SERVER_ADDR", lan_ip()), ("SERVER_PORT", pick(["80", "443"])),
                 ("REQUEST_METHOD", "POST"), ("SCRIPT_NAME", "/newpt/save.php"), ("REQUEST_TIME", str(int(t.timestamp()))),
                 ("HTTP_X_REQUEST_ID", uuid4())]:
        if chance(0.75):
            out.append(Line("php_print_r", [f"    [{k}] => {v}"]))
    out.append(Line("php_print_r", [")"]))
    return out


@clean(1.0)
def c_wp():
    t = now()
    us = f"{ts_iso(t)}.{R.randint(0, 999999):06d}"
    v = R.randrange(4)
    if v == 0:
        return [Line("gravityforms_log", [f"{us} - DEBUG --> GFFormDisplay::process_form(): Starting to process form (#{R.randint(1, 12)}) submission."])]
    if v == 1:
        return [Line("gravityforms_log", [f"{us} - DEBUG --> GF_Upgrade::upgrade(): Upgrading to {pick(['2.4.24', '2.5.16', '2.7.4'])}; db_version {pick(['2.4.20', '2.5.1'])}"])]
    if v == 2:
        return [Line("cf7_log", [f"{ts_php(t)} CF7 #{R.randint(10, 999)} \"Appointment Request\" mail_failed: SMTP Error: Could not authenticate. (host=smtp.office365.com port=587 tls=yes)"])]
    return [Line("gravityforms_log", [f"{us} - DEBUG --> GFCommon::send_email(): WordPress successfully passed the notification email (#{hexs(13)}) for entry #{R.randint(100, 9000)} to the sending server."])]


@clean(0.5)
def c_joomla():
    t = now()
    out = []
    if chance(0.3):
        out.append(Line("joomla_log", ["#<?php die('Forbidden.'); ?>"]))
        out.append(Line("joomla_log", ["#Fields:\tdatetime\tpriority clientip\tcategory\tmessage"]))
    out.append(Line("joomla_log", [f"{ts_isot(t)}\t{pick(['INFO', 'WARNING', 'ERROR'])} {lan_ip()}\t{pick(['jerror', 'joomlafailure', 'updater'])}\t{pick(['JInstaller: :Install: File does not exist', 'Username and password do not match or you do not have an account yet.', f'Update found for extension RSForm! Pro {R.randint(2, 3)}.{R.randint(0, 9)}.{R.randint(0, 20)}'])}"]))
    return out


@clean(1.0)
def c_excel():
    t = now()
    wb = pick(["ImportEOB.xlsm", "DailyDeposit.xlsm", "RecallList_v3.xls", "ClaimsTracker.xlsm"])
    s = f"{ts_us12(t)} | {wb} | " + pick([
        f"Macro BuildDailyDeposit finished: {R.randint(5, 90)} rows, total ${R.randint(300, 9000):,}.{R.randint(0, 99):02d}, elapsed 00:00:{R.randint(1, 59):02d}",
        f"ImportEOB: file 835_{t:%Y%m%d}_{R.randint(1, 9)}.txt, {R.randint(1, 80)} CLP segments, {R.randint(0, 5)} unmatched, check {R.randint(10**7, 10**8)}",
        f"Err 1004: Method 'SaveAs' of object '_Workbook' failed (\\\\FS01\\Billing\\{MON[t.month - 1]}{t.year}.xlsx)",
        f"RecallList: {R.randint(10, 200)} patients due, {R.randint(0, 40)} over 65, letters queued to printer HP-FRONT"])
    return [Line("excel_vba_log", [s])]


@clean(1.2)
def c_batch():
    t = now()
    v = R.randrange(5)
    if v == 0:
        s = f"{DOW[t.weekday()]} {t:%m/%d/%Y} {t.hour:2d}:{t:%M:%S}.{R.randint(0, 99):02d} Backup of D:\\Dentrix\\Data to \\\\NAS01\\bak\\{t:%Y%m%d} completed with ERRORLEVEL {pick(['0', '1', '3'])}"
    elif v == 1:
        s = f"               Total    Copied   Skipped  Mismatch    FAILED    Extras"
    elif v == 2:
        s = f"    Files :      {R.randint(100, 9000)}       {R.randint(0, 300)}      {R.randint(100, 9000)}         0         {R.randint(0, 3)}         0"
    elif v == 3:
        s = f"C:\\scripts>net use X: \\\\FS01\\PracticeData /persistent:yes"
    else:
        s = f"C:\\scripts>\"C:\\Program Files\\7-Zip\\7z.exe\" a -tzip E:\\offsite\\charts_{t:%Y%m%d}.zip D:\\Charts\\ -p******  ({R.randint(100, 9000)} files, {R.randint(1, 40)} GB)"
    return [Line("win_batch", [s])]


@clean(1.2)
def c_fax():
    t = now()
    o = org()
    v = R.randrange(4)
    if v == 0:
        s = f"{ts_us12z(t)}  FaxID={hexs(8).upper()}  User={pick(STAFF)}  To=\"{clin_name('full')}, {pick(['Mercy Ortho', 'Valley Imaging', 'Northside Oral Surgery', 'QuestLab'])}\" @ {fphone(mk_phone(pick(['217', '312', '401', '937', '505'])), 'paren')}  Subject=\"Referral - see attached\"  Status=Sent  Pages={R.randint(1, 12)}  Duration=00:0{R.randint(0, 9)}:{R.randint(10, 59)}"
        fam = "rightfax_log"
    elif v == 1:
        s = f"{ts_us12z(t)}  RightFax Server {pick(['10.6', '16.2', '20.2'])} board {R.randint(1, 4)} channel {R.randint(1, 8)}: idle, {R.randint(0, 40)} queued, FaxUtil clients {R.randint(1, 9)}"
        fam = "rightfax_log"
    elif v == 2:
        s = f"{t:%m/%d/%y %H:%M}\tSEND\t{R.randint(1, 99999):08d}\tttyS{R.randint(0, 3)}\t{R.randint(1, 999)}\t\"\"\t{pick(STAFF)}@{pick(['fax.clinic.local', 'localhost'])}\t\"{fphone(mk_phone(pick(['217', '312', '401', '937', '505'])), 'plain')}\"\t\"{pick(['QUESTLAB FAX', 'MERCY ORTHO', 'CVS PHARMACY 0412', 'WALGREENS #1183', 'UHC PRIOR AUTH'])}\"\t{pick(['4', '12', '44'])}\t{R.randint(1, 9)}\t0:0{R.randint(1, 5)}:{R.randint(10, 59)}\t0:0{R.randint(1, 5)}:{R.randint(10, 59)}\t\"\""
        fam = "hylafax_xferlog"
    else:
        s = f"{t:%m/%d/%y %H:%M}\tUNSENT\t{R.randint(1, 99999):08d}\tttyS{R.randint(0, 3)}\t{R.randint(1, 999)}\t\"\"\t{pick(STAFF)}@localhost\t\"{fphone(o['fax'], 'plain')}\"\t\"\"\t0\t0\t0:00:00\t0:00:00\t\"Busy signal detected\""
        fam = "hylafax_xferlog"
    return [Line(fam, [s])]


@clean(1.2)
def c_dental():
    t = now()
    o = org()
    s = pick([
        f"[EagleSoft] {t:%m/%d/%Y %H:%M} Eaglesoft Server service started; Database version 21.20.{R.randint(1, 9):02d}; port 2638; {R.randint(2, 14)} workstations",
        f"{ts_ms(t)} Dentrix.eClaims: batch {R.randint(100000, 999999)} submitted to DentalXChange: {R.randint(1, 30)} claims, ${R.randint(300, 20000):,}.00",
        f"OpenDental {ts_iso(t)} SecLog Backup by {pick(STAFF)}: opendental db {R.randint(100, 9000)} MB -> \\\\NAS01\\OD\\{t:%Y%m%d}",
        f"{ts_ms(t)} Dentrix.Appt: op={pick(['OP1', 'OP2', 'HYG1'])} block scheduled for {clin_name('dr')} {pick(['11:30 AM-12:30 PM', '12:00 PM-1:00 PM', '12:30 PM-1:30 PM', '7:00 AM-8:00 AM'])} ({pick(['lunch', 'staff mtg', 'CE course'])})",
        f"{ts_ms(t)} ClaimScrub: {R.randint(0, 9)} warnings, {R.randint(0, 3)} errors in batch {R.randint(1000, 9999)}; provider {clin_name('cred')} NPI {npi()}",
        f"OpenDental {ts_iso(t)} Version 22.{R.randint(1, 4)}.{R.randint(1, 40)}.0 update downloaded ({R.randint(50, 300)} MB, sha1 {hexs(40)})"])
    return [Line("dental_pm", [s])]


@clean(1.0)
def c_chiro():
    t = now()
    c = clin()
    s = pick([
        f"{ts_us12(t)} ChiroTouch: {c[0]} {c[1]}, {c[2]} (NPI {npi()}) signed {R.randint(3, 30)} SOAP notes",
        f"{ts_us12(t)} ChiroTouch: Day sheet closed by {pick(STAFF)}: {R.randint(10, 80)} visits, ${R.randint(500, 9000):,}.00 collected, {R.randint(0, 9)} no-shows",
        f"{ts_us12(t)} [Sync] CT-Server {lan_ip()}:1433 replication lag {R.randint(0, 300)} s, {R.randint(0, 50)} pending rows",
        f"{ts_us12(t)} PIP batch to {pick(['GEICO', 'Progressive', 'State Farm'])} (payer id {R.randint(10000, 99999)}): {R.randint(1, 20)} claims, ref {uuid4()}"])
    return [Line("chiro_pm", [s])]


@clean(0.8)
def c_java():
    t = now()
    s = pick([
        f"java.security.AccessControlException: access denied (java.net.SocketPermission {lan_ip()}:1433 connect,resolve)",
        f"Java Plug-in {pick(['1.6.0_45', '1.7.0_80', '10.80.2.15'])} Using JRE version 1.{R.randint(6, 8)}.0_{R.randint(10, 99)}-b{R.randint(1, 30):02d} Java HotSpot(TM) Client VM",
        f"\tat com.medsoft.intake.PatientPanel.save(PatientPanel.java:{R.randint(100, 900)})",
        f"basic: Applet loaded. basic: Applet resized and added to parent container; basic: PluginMain.unregisterApplet: {R.randint(1, 9)} from mananged list",
        f"[{ts_ms(t)}] INFO PortalApplet: cache hit ratio {R.randint(50, 99)}% ({R.randint(100, 9999)} lookups) jar=portal-{R.randint(1, 3)}.{R.randint(0, 9)}.jar sha1={hexs(40)}"])
    return [Line("java_applet", [s])]


@clean(1.0)
def c_lotus():
    t = now()
    s = f"{ts_us12z(t)}  " + pick([
        "AMgr: Executive '1' started",
        f"Router: Transferred {R.randint(1, 30)} messages to SMTP.CLINIC.LOCAL (host {lan_ip()}) via SMTP",
        f"AMgr: Agent ('NightlyRecall' in 'clinic\\patients.nsf') printing: {R.randint(0, 80)} reminder(s) queued, {R.randint(0, 5)} skipped (no email)",
        f"Replicator: Finished replicating clinic\\appts.nsf with server NOTES02/Clinic: {R.randint(0, 80)} documents updated",
        f"Database Server: User CN={pick(STAFF)}/O=Clinic opened session from {lan_ip()}"])
    return [Line("lotus_notes", [s])]


@clean(0.8)
def c_dbase():
    t = now()
    s = pick([
        f"Reindexing PATIENT.DBF ... {R.randint(1000, 30000):,} records, {R.randint(2, 6)} tags  ({R.randint(1, 40)}.{R.randint(0, 9)} sec)",
        f"{t:%m/%d/%Y %H:%M:%S} Error 1705 \"File access is denied\" c:\\clinic\\data\\appts.dbf in PROCEDURE openappts line {R.randint(5, 90)}",
        f"{t:%m/%d/%Y %H:%M:%S} Error 41 \"Memo file c:\\clinic\\data\\notes.fpt is missing or is invalid\"",
        f". USE PATIENT SHARED  && {R.randint(1000, 30000)} records, last update {t:%m/%d/%y}",
        "Record#  PATNO  LASTNAME        FIRSTNAME   BIRTHDT   PHONE       AGE"])
    return [Line(pick(["dbase_list", "foxpro_error"]) if "Error" in s else "dbase_list", [s])]


@clean(0.3)
def c_ini():
    t = now()
    out = [Line("ini_dump", [pick(["[Database]", "[Settings]", "[Printer]", "[Modem]"])])]
    for k, v in [("Path", "\\\\FS01\\PracticeData\\Clinic_be.accdb"), ("Server", f"{lan_ip()},1433"),
                 ("LastUser", pick(STAFF)), ("Version", f"{R.randint(2, 6)}.{R.randint(0, 9)}.{R.randint(100, 300)}"),
                 ("Port", pick(["COM1", "COM3", "3050", "1433"])), ("Timeout", str(R.randint(5, 120))),
                 ("LicenseKey", f"{hexs(5).upper()}-{hexs(5).upper()}-{hexs(5).upper()}-{hexs(5).upper()}"),
                 ("OfficePhone", fphone(org()["phone"], "paren")), ("LastBackup", f"{t:%m/%d/%Y %H:%M}")]:
        if chance(0.55):
            out.append(Line("ini_dump", [f"{k}={v}"]))
    return out


@clean(1.0)
def c_terse():
    t = now()
    sep = pick(["|", "~", ";", "^"])
    s = sep.join([f"{t:%Y%m%d%H%M%S}", pick(["SYS", "APPT", "BAT"]), f"usr={pick(STAFF)}", f"wks={pick(WKSTNS)}",
                  f"ver={R.randint(1, 9)}.{R.randint(0, 9)}{R.randint(0, 9)}", f"bt={R.randint(1000, 9999)}",
                  f"dur={R.randint(1, 9000)}ms", f"rc={pick(['0', '0', '1', '-3'])}", f"ord={R.randint(100000, 999999)}"])
    return [Line("terse_kv", [s])]


@clean(1.4)
def c_frontdesk():
    t = now()
    o = org()
    u = pick(STAFF)
    s = f"{t:%Y-%m-%d %H:%M} {u}: " + pick([
        f"copier on 2nd floor jammed again - called Xerox 1-800-{digits(3)}-{digits(4)}, ticket {R.randint(10**6, 10**7)}",
        f"{clin_name('dr')} running {R.randint(10, 40)} min behind, {R.randint(2, 6)} pts in waiting room",
        f"Delta Dental portal down, call provider line {fphone(mk_phone(pick(['800', '888', '877'])), 'one')} for elig",
        f"new hire {pick(['Tasha', 'Brent', 'Lupe', 'Dana'])} starts Monday, needs login for {pick(['Eaglesoft', 'ChiroTouch', 'FileMaker'])}",
        f"pt age 67 asked about senior discount - told him no, see office policy binder",
        f"office closes at 3 on {pick(['Friday', 'Christmas Eve', 'July 3'])}, {clin_name('dr')} out",
        f"lab case #{R.randint(10000, 99999)} from {pick(['Glidewell', 'Burbank Dental Lab', 'Modern Dental'])} arrived, tracking 1Z{hexs(6).upper()}{digits(10)}",
        f"our new fax # is {fphone(o['fax'], 'paren')}, update letterhead ({o['street']}, {o['city']} {o['st']} {o['zip']})",
        f"Claim {R.randint(10**9, 10**10)} denied CO-197, encounter #{R.randint(10000, 99999)} - resubmit w/ auth",
        f"recall postcards ({R.randint(50, 300)}) mailed, order #{R.randint(100000, 999999)} from Smart Practice",
        f"{clin_name('full')} DEA {dea(pick(CLINICIANS)[1])} renewal due next month"])
    return [Line("frontdesk_note", [s])]


@clean(0.8)
def c_sms():
    t = now()
    o = org()
    s = f"{ts_ms(t)} " + pick([
        f"SMS gateway: {R.randint(10, 120)} reminders sent, {R.randint(0, 9)} failed, provider=twilio from {fphone(o['phone'], 'e164')} msgsvc=MG{hexs(32)}",
        f"SMS webhook POST /sms/inbound 200 {R.randint(5, 400)}ms req_id={uuid4()}",
        f"portal app version check: min=2.{R.randint(0, 4)}.0 latest=2.{R.randint(5, 9)}.{R.randint(0, 30)} build {R.randint(1000, 9999)}"])
    return [Line("sms_gateway", [s])]


@clean(0.7)
def c_x12():
    t = now()
    s = pick([
        f"ISA*00*          *00*          *ZZ*{R.randint(100000, 999999):<15}*ZZ*{pick(['330897513', 'DXC', 'EMDEON']):<15}*{t:%y%m%d}*{t:%H%M}*^*00501*{R.randint(1, 10**9):09d}*0*P*:~",
        f"GS*HC*{R.randint(100000, 999999)}*{pick(['330897513', 'DXC'])}*{t:%Y%m%d}*{t:%H%M}*{R.randint(1, 9999)}*X*005010X222A1~",
        f"{t:%H:%M:%S} 999 received: AK9*A*{R.randint(1, 30)}*{R.randint(1, 30)}*{R.randint(1, 30)}~ batch {R.randint(1000, 9999)} accepted"])
    return [Line("x12_837", [s])]


@clean(0.6)
def c_winevent():
    t = now()
    s = f"{ts_us12(t)}\t" + pick([
        f"Information\tMSSQLSERVER\t17137\tServer\tStarting up database 'Practice'.",
        f"Warning\tVSS\t8193\tNone\tVolume Shadow Copy Service error: Unexpected error calling routine CoCreateInstance. hr = 0x{hexs(8)}",
        f"Error\tPatTrack\t1000\tNone\tFaulting application PatTrack.exe, version 3.{R.randint(0, 9)}.0.{R.randint(100, 999)}, faulting module MSVBVM60.DLL, address 0x{hexs(8)}",
        f"Information\tEventLog\t6013\tNone\tThe system uptime is {R.randint(1000, 9999999)} seconds."])
    return [Line("win_eventlog", [s])]


@clean(0.9)
def c_devices_office():
    t = now()
    s = pick([
        f"{ts_iso(t)} DHCP lease: {pick(WKSTNS)} {mac()} -> {lan_ip()} ({R.randint(1, 8)} days)",
        f"{ts_iso(t)} Printer HP-FRONT (SN CNB{digits(7)}) toner low, {R.randint(1, 20)}% remaining",
        f"{ts_iso(t)} Sensor XDR-{R.randint(1, 2)} (serial {digits(8)}) calibrated on {pick(WKSTNS)}, firmware {R.randint(1, 5)}.{R.randint(0, 9)}.{R.randint(0, 99)}",
        f"{ts_iso(t)} UPS APC SMT1500 ({hexs(12).upper()}) on battery {R.randint(1, 300)} s, load {R.randint(10, 90)}%"])
    return [Line(pick(["dme_log", "win_batch", "dental_pm"]), [s])]


@clean(0.6)
def c_payment():
    t = now()
    s = f"{ts_php(t)} " + pick([
        f"pay.php: gateway response approved=1 txn={hexs(10).upper()} amt={R.randint(20, 900)}.00 card=VISA xxxx{digits(4)} batch {R.randint(100, 999)}",
        f"ACH file ACH_{t:%Y%m%d}.txt generated: {R.randint(1, 40)} entries, routing 021000021, total ${R.randint(100, 9000):,}.00",
        f"pay.php: merchant id {R.randint(10**11, 10**12)} terminal {R.randint(1000, 9999)} settle OK"])
    return [Line("payment_form", [s])]


# ================================================================ main
MAX_USES = {"t_perl_dumper": 4, "t_php_print_r": 4, "t_ini": 5, "t_cfdump": 7, "t_export": 5, "t_dbase_list": 5,
            "c_ini": 3, "c_php_print_r": 2, "c_cfdump": 2, "c_joomla": 4}


class Deck:
    """Deterministic shuffled deck: every template appears in proportion to its weight."""

    def __init__(self, pool, scale=4):
        self.pool = pool
        self.scale = scale
        self.cards = []
        self.used = {}

    def draw(self):
        while True:
            if not self.cards:
                self.cards = [f for f, w in self.pool for _ in range(max(1, round(w * self.scale)))]
                R.shuffle(self.cards)
            f = self.cards.pop()
            n = self.used.get(f.__name__, 0)
            if n >= MAX_USES.get(f.__name__, 10 ** 9):
                continue
            self.used[f.__name__] = n + 1
            return f


def build():
    decks = {True: Deck(CLEAN_T), False: Deck(PHI_T)}
    lines = []
    while len(lines) < N_LINES:
        n_clean = sum(1 for ln in lines if not ln.spans)
        want_clean = n_clean < TARGET_CLEAN * (len(lines) + 1)
        block = decks[want_clean].draw()()
        tries = 0
        while len(lines) + len(block) > N_LINES and tries < 200:
            block = decks[want_clean].draw()()
            tries += 1
        if len(lines) + len(block) > N_LINES:
            block = block[:N_LINES - len(lines)]
        lines.extend(block)
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES
    log_bytes = bytearray()
    label_rows = []
    for i, ln in enumerate(lines, 1):
        b = ln.text.encode("utf-8")
        assert len(b) <= 20000, (i, len(b))
        assert b"\n" not in b and b"\r" not in b
        prev_end = -1
        for s, e, cat, val in ln.spans:
            assert b[s:e] == val.encode("utf-8"), (i, s, e, val)
            assert s >= prev_end, ("overlap", i)
            prev_end = e
        log_bytes += b + b"\n"
        label_rows.append({"line": i, "family": ln.family,
                           "spans": [{"s": s, "e": e, "cat": cat} for s, e, cat, _ in ln.spans]})
    log_path = os.path.join(HERE, "bh.log")
    lab_path = os.path.join(HERE, "bh.labels.jsonl")
    with open(log_path, "wb") as f:
        f.write(bytes(log_bytes))
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for row in label_rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    # re-read and re-verify from disk
    with open(log_path, "rb") as f:
        data = f.read()
    assert data.endswith(b"\n")
    disk_lines = data[:-1].split(b"\n")
    assert len(disk_lines) == N_LINES, len(disk_lines)
    with open(lab_path, encoding="utf-8") as f:
        rows = [json.loads(x) for x in f]
    assert len(rows) == N_LINES
    for row, ln, db in zip(rows, lines, disk_lines):
        db.decode("utf-8")
        assert len(row["spans"]) == len(ln.spans)
        for sp, (s, e, cat, val) in zip(row["spans"], ln.spans):
            assert db[sp["s"]:sp["e"]] == val.encode("utf-8")
    counts = {}
    for ln in lines:
        for _, _, cat, _ in ln.spans:
            counts[cat] = counts.get(cat, 0) + 1
    clean_n = sum(1 for ln in lines if not ln.spans)
    print(f"lines={len(lines)} clean={clean_n} ({clean_n / len(lines):.1%}) spans={sum(counts.values())}")
    for k in sorted(counts, key=lambda k: -counts[k]):
        print(f"  {k:12s} {counts[k]}")
    fams = {}
    for ln in lines:
        fams[ln.family] = fams.get(ln.family, 0) + 1
    print("families:", len(fams), dict(sorted(fams.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
