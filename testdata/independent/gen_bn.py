#!/usr/bin/env python3
"""Generator for the "bn" held-out PHI test corpus.

Theme: modern EHR integration traffic (CDS Hooks, SMART on FHIR, Da Vinci
CRD/DTR/PAS, FHIR Bulk Data, $match/$everything, Subscriptions, Epic and
Oracle Health (Cerner) API gateways, integration-service errors).

Standard library only, fixed seed, deterministic.  Every line is assembled
from segments; labeled segments carry their category, and byte offsets are
computed while the line is built (values are never searched for afterwards).
Writes bn.log and bn.labels.jsonl next to this file and checks them.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import unicodedata
from datetime import datetime, timedelta, timezone, date
from urllib.parse import quote, quote_plus, unquote_plus

SEED = 0xB4E5
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_CLEAN = 226          # lines with no PHI at all (~45 %)
MAX_LINE = 20000

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email",
        "ssn", "mrn", "health_plan", "account", "license", "vehicle",
        "device", "url", "ip", "biometric", "photo", "other_id"}


# --------------------------------------------------------------------------
# segment / JSON machinery
# --------------------------------------------------------------------------
class P:
    """A labeled scalar value."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        assert cat in CATS, cat
        assert str(v) != "", "empty PHI value"
        self.v = v
        self.cat = cat


class M:
    """A JSON string made of plain and labeled parts (e.g. 'Patient/' + id)."""

    def __init__(self, *parts):
        self.parts = [x for x in parts if not (isinstance(x, str) and x == "")]


class E:
    """A JSON string whose content is a list of (text, cat) segments."""

    def __init__(self, segs):
        self.segs = segs


def jesc(s, ascii=False, slash=False):
    r = json.dumps(s, ensure_ascii=ascii)[1:-1]
    if slash:
        r = r.replace("/", "\\/")
    assert json.loads('"' + r + '"') == s
    return r


def jseg(o, ascii=False, slash=False, sp=False):
    """Serialize o to JSON as a list of (text, cat) segments."""
    out = []
    cs = ", " if sp else ","
    ks = ": " if sp else ":"

    def w(t, cat=None):
        if t:
            out.append((t, cat))

    def strp(s, cat):
        w(jesc(s, ascii, slash), cat)

    def rec(x):
        if isinstance(x, P):
            if isinstance(x.v, str):
                w('"'); strp(x.v, x.cat); w('"')
            else:
                w(json.dumps(x.v), x.cat)
        elif isinstance(x, M):
            w('"')
            for part in x.parts:
                if isinstance(part, P):
                    strp(str(part.v), part.cat)
                else:
                    strp(part, None)
            w('"')
        elif isinstance(x, E):
            w('"')
            for t, c in x.segs:
                strp(t, c)
            w('"')
        elif isinstance(x, dict):
            w("{")
            first = True
            for k, v in x.items():
                if v is None and k.startswith("?"):
                    continue
                if not first:
                    w(cs)
                first = False
                w('"' + jesc(k.lstrip("?"), ascii, slash) + '"' + ks)
                rec(v)
            w("}")
        elif isinstance(x, (list, tuple)):
            w("[")
            for i, v in enumerate(x):
                if i:
                    w(cs)
                rec(v)
            w("]")
        elif isinstance(x, str):
            w('"'); strp(x, None); w('"')
        elif x is None or isinstance(x, (bool, int, float)):
            w(json.dumps(x))
        else:
            raise TypeError(type(x))

    rec(o)
    return out


def smap(segs, fn):
    """Apply a per-character-decomposable transform to every segment."""
    return [(fn(t), c) for t, c in segs]


def logfmt_q(t):
    return t.replace("\\", "\\\\").replace('"', '\\"')


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.segs = []

    def t(self, *xs):
        for x in xs:
            x = str(x)
            if x:
                self.segs.append((x, None))
        return self

    def p(self, v, cat):
        v = str(v)
        assert v and cat in CATS
        self.segs.append((v, cat))
        return self

    def x(self, *items):
        """Append a mix of plain strings and P values."""
        for it in items:
            if isinstance(it, P):
                self.p(it.v, it.cat)
            elif isinstance(it, M):
                self.x(*it.parts)
            else:
                self.t(it)
        return self

    def s(self, segs):
        self.segs.extend(segs)
        return self

    def j(self, o, **kw):
        return self.s(jseg(o, **kw))

    def has_phi(self):
        return any(c for _, c in self.segs)

    def render(self):
        buf = bytearray()
        spans = []
        for t, c in self.segs:
            assert "\n" not in t and "\r" not in t, repr(t)
            b = t.encode("utf-8")
            if c:
                spans.append((len(buf), len(buf) + len(b), c, b))
            buf += b
        return bytes(buf), spans


def xsegs(*items):
    """Plain strings / P / M -> segments."""
    out = []
    for it in items:
        if isinstance(it, P):
            out.append((str(it.v), it.cat))
        elif isinstance(it, M):
            out.extend(xsegs(*it.parts))
        elif it:
            out.append((str(it), None))
    return out


def urlq(v, cat=None, plus=False, safe=""):
    """URL-encoded value as a P (labels the encoded bytes) or plain string."""
    e = quote_plus(v, safe=safe) if plus else quote(v, safe=safe)
    return P(e, cat) if cat else e


# --------------------------------------------------------------------------
# clock for the logs' own timestamps (never labeled)
# --------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.now = datetime(2024, 9, 16, 6, 58, 11, 123000, tzinfo=timezone.utc)

    def tick(self):
        self.now += timedelta(milliseconds=R.randint(40, 21000))
        return self.now

    def iso(self, ms=True, z=True):
        d = self.tick()
        s = d.strftime("%Y-%m-%dT%H:%M:%S")
        if ms:
            s += ".%03d" % (d.microsecond // 1000)
        return s + ("Z" if z else "+00:00")

    def any(self):
        d = self.tick()
        k = R.randint(0, 6)
        if k == 0:
            return d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d.microsecond // 1000)
        if k == 1:
            return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % d.microsecond
        if k == 2:
            loc = d - timedelta(hours=5)
            return loc.strftime("%Y-%m-%d %H:%M:%S.") + "%03d -0500" % (d.microsecond // 1000)
        if k == 3:
            return str(int(d.timestamp() * 1000))
        if k == 4:
            return d.strftime("%d/%b/%Y:%H:%M:%S +0000")
        if k == 5:
            return d.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if d.day < 10 else d.strftime("%b %d %H:%M:%S")
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)

    def clf(self):
        return self.tick().strftime("%d/%b/%Y:%H:%M:%S +0000")


CLK = Clock()
TODAY = date(2024, 9, 16)

# Some PHI lines are drawn with a forced variant so that rare categories
# (photo, biometric, fax, licence, ...) are always represented.
FORCE = {}


def F(key, default=None):
    return FORCE.get(key, default)


# --------------------------------------------------------------------------
# synthetic people data
# --------------------------------------------------------------------------
GIVEN_F = """Mary Patricia Jennifer Latoya Aaliyah Imani Keisha María Guadalupe Luz
Ximena Mei Xiaoling Yuki Sakura Ji-woo Seo-yeon Nguyệt Thanh Priya Ananya Lakshmi
Fatima Aisha Layla Ngozi Chinonso Abena Ingrid Zoë Chloé Małgorzata Svetlana Olga
Francesca Siobhan Niamh Aroha Leilani Hope Joy Faith Grace Rose Summer Autumn
Precious Destiny Cheyenne Esther Ayelet Ayşe Zeynep Oksana Thandiwe Nomvula Eun-ji
Ama Esperanza Dolores Consuelo Rhiannon Bronwyn Marisol Nayeli Itzel Xóchitl
Ngọc Anh Mary Ellen Beatriz Anneliese Saoirse Magdalena Yolanda Tamar Dagny
Fernanda Paz Iolana Wilhelmina Hortense Gladys Mildred Ruby Pearl Opal""".split()
GIVEN_F = [g.replace("_", " ") for g in GIVEN_F] + ["Mary Ellen", "Ngọc Anh", "Ana Lucía", "Bobbie Jo"]
GIVEN_M = """James Robert Michael DeShawn Jamal Tyrone José Alejandro Jesús Wei Jian
Xiaoming Hiroshi Haruto Min-jun Minh Bảo Arjun Rohit Venkata Mohammed Omar Yusuf
Ahmad Olumide Oluwaseun Kwame Tariq Sven Søren Björn François Łukasz Dmitri
Giuseppe Seamus Eoghan Tama Kalani Keoni Will Bill Hunter Chase Sunny Dakota Wyatt
Moshe Yitzchak Mehmet Emre Bohdan Sipho Kofi Dylan Mateo Santiago Thiago Rafael
Jean-Baptiste Pierre-Luc Hamza Bilal Gustavo Ezekiel Earl Otis Clarence Harold
Rudy Duc Khalid Raúl Ignacio Anand Bartholomew Cornelius Lonnie""".split()
GIVEN_M = GIVEN_M + ["Juan Carlos", "Billy Joe", "Luis Miguel", "José Luis"]
SURNAMES = """Smith Johnson Williams Brown Garcia Rodriguez Martínez Hernández López
González Nguyen Nguyễn Tran Pham Le Kim Park Lee Choi Chen Wang Li Zhang Liu Huang
Yamamoto Tanaka Watanabe Suzuki Patel Shah Singh Reddy Venkataraman Subramanian
Krishnamurthy Okafor Adeyemi Okonkwo Mensah Boateng Abdullah Haddad Al-Sayed
Al-Farsi Khan Hussain Rahman Cohen Levy Goldberg Friedman Katz O'Brien O'Connor
McAllister MacDonald Fitzgerald Kowalski Nowak Wiśniewski Müller Schmidt Schröder
Jensen Andersen Johansson Ødegård Petrov Ivanova Kuznetsov Shevchenko Rossi Russo
Esposito Bianchi Oliveira Pereira Smith-Jones García-Márquez Rivera-Ortiz
Lopez-Whitfield Nakamura-Brown Bello Diallo Traoré Ndiaye Yilmaz Öztürk Kaya Demir
Papadopoulos Georgiou Kealoha Kahananui Begay Yazzie Tsosie Baker Mason King Young
Long Price Rich Hope Strong Black White Green Love Bishop Church Hill Fields Woods
Stone Wolf Fox Bird Snow Frost Winter Day Knight Moon Ng Vu Do Ho Ly Ma Xu Chavez
Mwangi Wanjiru Kariuki Ramírez Villanueva Dela_Cruz Santos Reyes Bautista
Abernathy Castellanos Vásquez Przybylski Szczepański Nørgaard Ó_Súilleabháin""".split()
SURNAMES = [s.replace("_", " ") for s in SURNAMES] + [
    "de la Cruz", "De La Rosa", "del Valle", "Van der Berg", "van Dijk", "da Silva",
    "dos Santos", "St. John", "Mc Kenzie", "Ben-David", "Abu-Ghazaleh", "Le Blanc",
    "von Hohenberg", "Running Bear", "Two Feathers", "bin Hamad", "Kaʻaihue"]
SUFFIXES = ["Jr.", "Sr.", "III", "II"]

CLIN_GIVEN = ["Alan", "Rebecca", "Sanjay", "Mei-Ling", "Carlos", "Helen", "Obinna",
              "Karen", "David", "Farah", "Thomas", "Ewa", "Nikhil", "Grace", "Paul",
              "Ifeoma", "Jorge", "Sarah", "Kenji", "Linda"]
CLIN_FAMILY = ["Abrams", "Whitaker", "Chaudhry", "Hsu", "Mendoza", "Lindqvist",
               "Eze", "Novak", "Feldman", "Qureshi", "Harrington", "Zielinski",
               "Iyer", "Osei", "Marchetti", "Nwosu", "Salinas", "Goldstein", "Mori",
               "Castillo"]
STAFF_USERS = ["svc_cdshooks", "svc-bulk-export", "integration-bot", "epic_ic_batch",
               "hl7admin", "sysop.fhir", "svc_pas_gateway", "mirth", "airflow",
               "jenkins", "rhapsody-svc", "k.osei.admin", "t.harrington", "cerner_sync"]

# (city, county, state, zip)
CITIES = [
    ("Boston", "Suffolk County", "MA", "02118"), ("Cambridge", "Middlesex County", "MA", "02139"),
    ("Worcester", "Worcester County", "MA", "01610"), ("Providence", "Providence County", "RI", "02903"),
    ("Hartford", "Hartford County", "CT", "06106"), ("Albany", "Albany County", "NY", "12208"),
    ("Buffalo", "Erie County", "NY", "14214"), ("Bronx", "Bronx County", "NY", "10453"),
    ("Newark", "Essex County", "NJ", "07102"), ("Philadelphia", "Philadelphia County", "PA", "19104"),
    ("Pittsburgh", "Allegheny County", "PA", "15213"), ("Baltimore", "Baltimore City", "MD", "21201"),
    ("Richmond", "Henrico County", "VA", "23220"), ("Raleigh", "Wake County", "NC", "27601"),
    ("Charlotte", "Mecklenburg County", "NC", "28202"), ("Atlanta", "Fulton County", "GA", "30303"),
    ("Savannah", "Chatham County", "GA", "31401"), ("Miami", "Miami-Dade County", "FL", "33125"),
    ("Tampa", "Hillsborough County", "FL", "33602"), ("Kissimmee", "Osceola County", "FL", "34741"),
    ("Birmingham", "Jefferson County", "AL", "35203"), ("Nashville", "Davidson County", "TN", "37203"),
    ("Memphis", "Shelby County", "TN", "38103"), ("Louisville", "Jefferson County", "KY", "40202"),
    ("Columbus", "Franklin County", "OH", "43215"), ("Cleveland", "Cuyahoga County", "OH", "44106"),
    ("Detroit", "Wayne County", "MI", "48201"), ("Grand Rapids", "Kent County", "MI", "49503"),
    ("Indianapolis", "Marion County", "IN", "46202"), ("Chicago", "Cook County", "IL", "60614"),
    ("Cicero", "Cook County", "IL", "60804"), ("Milwaukee", "Milwaukee County", "WI", "53202"),
    ("Minneapolis", "Hennepin County", "MN", "55404"), ("Des Moines", "Polk County", "IA", "50309"),
    ("St. Louis", "St. Louis City", "MO", "63110"), ("Kansas City", "Jackson County", "MO", "64108"),
    ("Omaha", "Douglas County", "NE", "68102"), ("Denver", "Denver County", "CO", "80205"),
    ("Albuquerque", "Bernalillo County", "NM", "87102"), ("Gallup", "McKinley County", "NM", "87301"),
    ("Phoenix", "Maricopa County", "AZ", "85006"), ("Tucson", "Pima County", "AZ", "85719"),
    ("Salt Lake City", "Salt Lake County", "UT", "84102"), ("Boise", "Ada County", "ID", "83702"),
    ("Las Vegas", "Clark County", "NV", "89104"), ("Seattle", "King County", "WA", "98122"),
    ("Spokane", "Spokane County", "WA", "99201"), ("Portland", "Multnomah County", "OR", "97214"),
    ("Sacramento", "Sacramento County", "CA", "95814"), ("Oakland", "Alameda County", "CA", "94612"),
    ("Fresno", "Fresno County", "CA", "93721"), ("Los Angeles", "Los Angeles County", "CA", "90033"),
    ("San Diego", "San Diego County", "CA", "92103"), ("Houston", "Harris County", "TX", "77004"),
    ("Dallas", "Dallas County", "TX", "75204"), ("El Paso", "El Paso County", "TX", "79901"),
    ("San Antonio", "Bexar County", "TX", "78207"), ("Laredo", "Webb County", "TX", "78040"),
    ("New Orleans", "Orleans Parish", "LA", "70112"), ("Little Rock", "Pulaski County", "AR", "72201"),
    ("Oklahoma City", "Oklahoma County", "OK", "73102"), ("Anchorage", "Anchorage Municipality", "AK", "99501"),
    ("Honolulu", "Honolulu County", "HI", "96813"), ("Hilo", "Hawaii County", "HI", "96720"),
    ("Burlington", "Chittenden County", "VT", "05401"), ("Portland", "Cumberland County", "ME", "04101"),
    ("Santa Fe", "Santa Fe County", "NM", "87505"), ("Truth or Consequences", "Sierra County", "NM", "87901"),
    ("Hope", "Hempstead County", "AR", "71801"), ("Paradise", "Butte County", "CA", "95969"),
]
STREETS = ["Maple", "Oak", "Cedar", "Elm", "Washington", "Lincoln", "Martin Luther King Jr",
           "Cesar Chavez", "Peachtree", "Magnolia", "Juniper", "Sunset", "Lakeview", "Old Mill",
           "Riverside", "Highland", "Chestnut", "Walnut", "Pine Ridge", "Bayou", "Mission",
           "El Camino Real", "Kalakaua", "Dorchester", "Pulaski", "Kosciuszko", "Wabash", "Euclid",
           "Hidden Valley", "Quail Run", "Cottonwood", "Mesquite", "Bluebonnet", "Dogwood",
           "Church", "Mill Creek", "Prospect", "Jefferson", "Adams", "Franklin", "Spring",
           "Fairview", "Orchard", "Harbor View", "Tamiami", "Alameda", "Sepulveda", "Colfax",
           "Kamehameha", "Paseo del Norte", "Calle Ocho", "Via Verde", "Rue Royale"]
ST_SUFFIX = ["St", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Dr", "Drive", "Ln", "Ct",
             "Way", "Pl", "Ter", "Pkwy", "Cir", "Trl", "Hwy"]
AREA_CODES = ["201", "202", "205", "206", "212", "213", "214", "215", "216", "224", "239",
              "248", "267", "281", "303", "305", "312", "313", "314", "323", "330", "347",
              "404", "407", "410", "412", "414", "415", "469", "480", "503", "504", "505",
              "510", "512", "513", "559", "602", "607", "614", "615", "617", "619", "646",
              "678", "702", "704", "713", "718", "720", "727", "734", "773", "786", "801",
              "808", "813", "816", "817", "832", "857", "901", "907", "915", "916", "917",
              "919", "928", "929", "949", "956", "971", "973", "984"]
MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
                "aol.com", "proton.me", "comcast.net", "att.net", "verizon.net", "me.com",
                "live.com", "ymail.com", "sbcglobal.net", "msn.com", "gmx.com"]
PAYERS = [("Blue Cross Blue Shield of Illinois", "bcbsil"), ("Aetna Better Health", "aetna"),
          ("UnitedHealthcare Community Plan", "uhc"), ("Cigna Healthcare", "cigna"),
          ("Humana Gold Plus", "humana"), ("Kaiser Foundation Health Plan", "kp"),
          ("Anthem Blue Cross", "anthem"), ("Molina Healthcare of Texas", "molina"),
          ("Centene Ambetter", "ambetter"), ("Highmark BCBS", "highmark"),
          ("Medicare Part B (CMS)", "cms"), ("NY State Medicaid", "nymedicaid"),
          ("Medi-Cal", "medi-cal"), ("TRICARE East", "tricare")]
ORGS = [("Lakeshore Regional Medical Center", "(312) 555-0190", "1200 N Lake Shore Dr", "Chicago", "IL", "60611"),
        ("Mercy Valley Health", "1-800-633-7291", "4500 Mercy Pkwy", "Fresno", "CA", "93720"),
        ("St. Brigid's Hospital", "617-632-4400", "330 Brookline Ave", "Boston", "MA", "02215"),
        ("Desert Sage Community Clinic", "(602) 254-1170", "801 E Roosevelt St", "Phoenix", "AZ", "85006"),
        ("Riverbend Family Health", "503-413-7711", "2801 N Gantenbein Ave", "Portland", "OR", "97227"),
        ("Gulf Coast Pediatrics", "(713) 798-1000", "6621 Fannin St", "Houston", "TX", "77030"),
        ("Northwind Kidney Associates", "651-254-3456", "45 W 10th St", "St. Paul", "MN", "55102"),
        ("Aloha Pacific Medical Group", "(808) 547-4411", "1301 Punchbowl St", "Honolulu", "HI", "96813")]
EHRS = ["https://fhir.lakeshore-health.org/api/FHIR/R4",
        "https://fhir-ehr.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d",
        "https://ic-prd.mercyvalley.org/interconnect-prd-fhir/api/FHIR/R4",
        "https://fhir-myrecord.cerner.com/r4/7c3f1b2e-9a41-4d0e-8f55-2c6f0b9e1a77",
        "https://epicproxy.stbrigids.org/FHIRProxy/api/FHIR/R4",
        "https://fhir.riverbend.health/r4"]
SMART_APPS = [("growth-chart", "6c12dff4-24e7-4475-a742-b08972c4ea27"),
              ("cardiac-risk", "f1b9e3c2-75aa-4c51-bc19-3e0a8d7f2c11"),
              ("dtr-launcher", "dtr-smart-app-prod"), ("pdmp-viewer", "0oa4x1pdmp9Qz7h2e357"),
              ("bilirubin-chart", "8d2f0a93-1c51-4a77-9e0a-5b7e2f6c9d30"),
              ("myhealth-mobile", "9c1ba6de-7f3a-42e1-b0d2-61f5e0a8c4bb")]
LOINC = [("8867-4", "Heart rate", "/min", 55, 120), ("8480-6", "Systolic blood pressure", "mm[Hg]", 95, 185),
         ("8462-4", "Diastolic blood pressure", "mm[Hg]", 55, 110), ("2339-0", "Glucose [Mass/volume] in Blood", "mg/dL", 65, 320),
         ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", 4.8, 12.5),
         ("29463-7", "Body weight", "kg", 3.1, 160), ("8302-2", "Body height", "cm", 48, 198),
         ("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", 16, 48),
         ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", 0.5, 4.2),
         ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 8.1, 17.2),
         ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", 120, 290),
         ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", 84, 100),
         ("33914-3", "Glomerular filtration rate/1.73 sq M.predicted", "mL/min/{1.73_m2}", 12, 110)]
CONDS = [("44054006", "Diabetes mellitus type 2", "E11.9", "Type 2 diabetes mellitus without complications"),
         ("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"),
         ("195967001", "Asthma", "J45.909", "Unspecified asthma, uncomplicated"),
         ("13645005", "Chronic obstructive lung disease", "J44.9", "Chronic obstructive pulmonary disease, unspecified"),
         ("84114007", "Heart failure", "I50.9", "Heart failure, unspecified"),
         ("49436004", "Atrial fibrillation", "I48.91", "Unspecified atrial fibrillation"),
         ("35489007", "Depressive disorder", "F32.A", "Depression, unspecified"),
         ("709044004", "Chronic kidney disease", "N18.30", "Chronic kidney disease, stage 3 unspecified"),
         ("55822004", "Hyperlipidemia", "E78.5", "Hyperlipidemia, unspecified"),
         ("78275009", "Obstructive sleep apnea syndrome", "G47.33", "Obstructive sleep apnea"),
         ("396275006", "Osteoarthritis", "M17.11", "Unilateral primary osteoarthritis, right knee")]
MEDS = [("860975", "metformin hydrochloride 500 MG Extended Release Oral Tablet"),
        ("314076", "lisinopril 10 MG Oral Tablet"), ("617312", "atorvastatin 40 MG Oral Tablet"),
        ("197361", "amlodipine 5 MG Oral Tablet"), ("1373463", "apixaban 5 MG Oral Tablet"),
        ("1860485", "semaglutide 1 MG/DOSE Pen Injector"), ("311036", "insulin glargine 100 UNT/ML"),
        ("1049621", "oxycodone hydrochloride 5 MG Oral Tablet"), ("312961", "simvastatin 20 MG Oral Tablet")]
PROCS = [("E0601", "Continuous positive airway pressure (CPAP) device", "HCPCS"),
         ("72148", "MRI lumbar spine without contrast", "CPT"),
         ("70551", "MRI brain without contrast", "CPT"),
         ("E0784", "External ambulatory infusion pump, insulin", "HCPCS"),
         ("97110", "Therapeutic exercises, each 15 minutes", "CPT"),
         ("27447", "Total knee arthroplasty", "CPT"),
         ("A9276", "Sensor; invasive (e.g. subcutaneous), disposable, for use with interstitial continuous glucose monitoring system", "HCPCS"),
         ("E1390", "Oxygen concentrator, single delivery port", "HCPCS")]


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    h = rhex(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ralnum(n, alphabet=string.ascii_letters + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def rdigits(n, first_nonzero=False):
    s = "".join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def b64u(n):
    return ralnum(n, string.ascii_letters + string.digits + "-_")


def fake_jwt(claims):
    """A JWT with a given (non-PHI) payload and random signature."""
    hdr = {"alg": "RS384", "kid": rhex(16), "typ": "JWT"}
    enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc(hdr) + "." + enc(claims) + "." + b64u(342)


def trace_id():
    return rhex(32)


def span_id():
    return rhex(16)


def epic_fhir_id():
    return "e" + ralnum(22, string.ascii_letters + string.digits + ".") + "3"


def luhn_check(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
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


def npi():
    body = R.choice("12") + rdigits(8)
    chk = luhn_check("80840" + body)
    n = body + chk
    assert luhn_ok("80840" + n)
    return n


def dea(lastname):
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice("ABFGM") + lastname[0].upper() + "".join(map(str, d)) + str(c)


def ssn(dashes=True):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    return ("%03d-%02d-%04d" if dashes else "%03d%02d%04d") % (a, g, s)


def phone_digits():
    while True:
        ex = R.randint(200, 999)
        if ex != 555 and ex % 100 != 11:
            break
    return R.choice(AREA_CODES), "%03d" % ex, "%04d" % R.randint(0, 9999)


def fmt_phone(parts, style=None):
    a, e, n = parts
    style = R.randint(0, 7) if style is None else style
    return [f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"+1{a}{e}{n}", f"{a}.{e}.{n}",
            f"{a}{e}{n}", f"+1 {a}-{e}-{n}", f"1-{a}-{e}-{n}", f"+1 ({a}) {e}-{n}"][style]


def card_number():
    kind = R.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + rdigits(14)
    elif kind == "mc":
        body = str(R.randint(51, 55)) + rdigits(13)
    elif kind == "amex":
        body = R.choice(["34", "37"]) + rdigits(12)
    else:
        body = "6011" + rdigits(11)
    n = body + luhn_check(body)
    assert luhn_ok(n)
    return n


def fmt_card(n):
    k = R.randint(0, 2)
    if k == 0:
        return n
    sep = " " if k == 1 else "-"
    if len(n) == 15:
        return n[:4] + sep + n[4:10] + sep + n[10:]
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1HG", "1FA", "2T1", "3VW", "5YJ", "JTD", "KMH", "WBA", "1G1", "4T1", "1FT", "5NP"])
    vds = "".join(R.choice(alpha) for _ in range(5))
    year = R.choice("ABCDEFGHJKLMNPRS123456789")
    rest = R.choice(alpha) + rdigits(6)
    v = wmi + vds + "0" + year + rest
    total = sum(VIN_MAP[ch] * w for ch, w in zip(v, VIN_W))
    chk = total % 11
    v = v[:8] + ("X" if chk == 10 else str(chk)) + v[9:]
    assert len(v) == 17
    return v


def plate():
    return R.choice([lambda: rdigits(1, True) + ralnum(3, string.ascii_uppercase) + rdigits(3),
                     lambda: ralnum(3, string.ascii_uppercase) + "-" + rdigits(4),
                     lambda: ralnum(3, string.ascii_uppercase) + " " + rdigits(3),
                     lambda: rdigits(3) + " " + ralnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ")])()


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashes=False):
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_A + string.digits),
         R.choice(string.digits), R.choice(MBI_A), R.choice(MBI_A + string.digits),
         R.choice(string.digits), R.choice(MBI_A), R.choice(MBI_A),
         R.choice(string.digits), R.choice(string.digits)]
    s = "".join(c)
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashes else s


def member_id(payer_key):
    k = payer_key
    if k == "cms":
        return mbi(R.random() < 0.3)
    if k == "nymedicaid":
        return ralnum(2, string.ascii_uppercase) + rdigits(5) + R.choice(string.ascii_uppercase)
    if k == "medi-cal":
        return "9" + rdigits(7) + R.choice("ABCDEFGHJ")
    if k == "aetna":
        return "W" + rdigits(9)
    if k == "uhc":
        return rdigits(9, True) + R.choice(["", "01", "02"])
    if k in ("bcbsil", "anthem", "highmark"):
        return ralnum(3, string.ascii_uppercase) + rdigits(9)
    if k == "cigna":
        return "U" + rdigits(8) + R.choice(["", "01"])
    if k == "humana":
        return "H" + rdigits(8)
    if k == "kp":
        return rdigits(8)
    if k == "tricare":
        return rdigits(11)
    return ralnum(2, string.ascii_uppercase) + rdigits(7) + "-" + rdigits(2)


def driver_license(state):
    f = {"CA": lambda: R.choice(string.ascii_uppercase) + rdigits(7),
         "FL": lambda: R.choice(string.ascii_uppercase) + rdigits(3) + "-" + rdigits(3) + "-" + rdigits(2) + "-" + rdigits(3) + "-" + rdigits(1),
         "NY": lambda: rdigits(3) + " " + rdigits(3) + " " + rdigits(3),
         "TX": lambda: rdigits(8, True),
         "IL": lambda: R.choice(string.ascii_uppercase) + rdigits(3) + "-" + rdigits(4) + "-" + rdigits(4),
         "WA": lambda: "WDL" + ralnum(9, string.ascii_uppercase + string.digits),
         "PA": lambda: rdigits(8, True),
         "MA": lambda: "S" + rdigits(8)}
    return f.get(state, lambda: R.choice(string.ascii_uppercase) + rdigits(R.choice([7, 8, 9])))()


def cpf():
    d = [R.randint(0, 9) for _ in range(9)]
    s1 = sum(v * w for v, w in zip(d, range(10, 1, -1)))
    c1 = 0 if s1 % 11 < 2 else 11 - s1 % 11
    d.append(c1)
    s2 = sum(v * w for v, w in zip(d, range(11, 1, -1)))
    c2 = 0 if s2 % 11 < 2 else 11 - s2 % 11
    d.append(c2)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def curp(family, given, dob, sex):
    def asc(x):
        return unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode().upper().replace(" ", "").replace("-", "").replace("'", "") or "X"
    f, g = asc(family), asc(given)
    vow = next((c for c in f[1:] if c in "AEIOU"), "X")
    cons = lambda w: next((c for c in w[1:] if c.isalpha() and c not in "AEIOU"), "X")
    return (f[0] + vow + R.choice("AEGHLMNPRS") + g[0] + dob.strftime("%y%m%d") + ("H" if sex == "male" else "M")
            + R.choice(["DF", "JC", "NL", "PL", "GT", "MC", "CH", "OC", "BC"]) + cons(f) + R.choice("BCDFGLMNRST") + cons(g)
            + R.choice("0123456789A") + str(R.randint(0, 9)))


def sin_ca():
    body = R.choice("1234567") + rdigits(7)
    n = body + luhn_check(body)
    assert luhn_ok(n)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def iban_de():
    bban = rdigits(8, True) + rdigits(10)
    num = int(bban + "131400")  # D=13 E=14 00
    chk = 98 - num % 97
    return "DE%02d%s" % (chk, bban)


def imei():
    body = R.choice(["35", "86", "01", "99", "35"]) + rdigits(12)
    n = body + luhn_check(body)
    assert luhn_ok(n)
    return n


def mac(sep=None):
    sep = R.choice([":", "-", ":"]) if sep is None else sep
    b = [R.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    s = sep.join("%02x" % x for x in b)
    return s.upper() if R.random() < 0.5 else s


def gtin14():
    body = R.choice(["0", "1"]) + R.choice(["0884521", "0850006", "0381780", "0860003", "0761345"]) + rdigits(5)
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
    return body + str((10 - tot % 10) % 10)


def udi_hrf():
    exp = date(2025 + R.randint(0, 3), R.randint(1, 12), R.randint(1, 28))
    sn = ralnum(R.choice([8, 10, 12]), string.ascii_uppercase + string.digits)
    return f"(01){gtin14()}(17){exp.strftime('%y%m%d')}(10){ralnum(6, string.ascii_uppercase + string.digits)}(21){sn}", sn


def public_ip():
    while True:
        a = R.choice([24, 47, 50, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98,
                      99, 104, 107, 108, 136, 142, 162, 166, 173, 174, 184, 208, 209])
        b, c, d = R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)
        return f"{a}.{b}.{c}.{d}"


def public_ip6():
    return R.choice(["2600:1700", "2601:18c", "2603:8080", "2607:fb90", "2605:a601"]) + ":" + ":".join(
        "%x" % R.randint(0, 0xFFFF) for _ in range(6))


def private_ip():
    return R.choice([f"10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}",
                     f"172.{R.randint(16,31)}.{R.randint(0,255)}.{R.randint(1,254)}",
                     f"192.168.{R.randint(0,255)}.{R.randint(1,254)}"])


def rdate(y0, y1):
    start = date(y0, 1, 1).toordinal()
    end = date(y1, 12, 31).toordinal()
    if start < TODAY.toordinal():  # past-dated (person-related) dates stay before the log day
        end = min(end, TODAY.toordinal() - 1)
    return date.fromordinal(R.randint(start, end))


def fmt_date(d, style=None):
    style = R.randint(0, 5) if style is None else style
    return [d.isoformat(), d.strftime("%m/%d/%Y"), d.strftime("%Y%m%d"), d.strftime("%d-%b-%Y").upper(),
            d.isoformat(), d.strftime("%b %d, %Y")][style]


def rdt(d, tz=True):
    """A service datetime on date d (FHIR dateTime)."""
    s = "%sT%02d:%02d:00" % (d.isoformat(), R.randint(0, 23), R.randint(0, 59))
    return s + R.choice(["-05:00", "-06:00", "-04:00", "-07:00", "Z"]) if tz else s


def age_on(dob, on=TODAY):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def asciify(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Person:
    count = 0  # lets the builder assert that no-PHI lines never drew a patient

    def __init__(self, old=False, minor=False, sex=None):
        Person.count += 1
        self.sex = sex or R.choice(["male", "female"])
        self.given = R.choice(GIVEN_M if self.sex == "male" else GIVEN_F)
        self.middle = R.choice(GIVEN_M if self.sex == "male" else GIVEN_F) if R.random() < 0.3 else None
        if self.middle == self.given:
            self.middle = None
        self.family = R.choice(SURNAMES)
        self.suffix = R.choice(SUFFIXES) if (self.sex == "male" and R.random() < 0.06) else None
        if old:
            self.dob = rdate(1919, 1933)
        elif minor:
            self.dob = rdate(2008, 2023)
        else:
            self.dob = rdate(1936, 2006)
        self.age = age_on(self.dob)
        self.fhir_id = R.choice([epic_fhir_id, lambda: rdigits(8, True), ruuid,
                                 lambda: str(R.randint(1000, 999999)), epic_fhir_id,
                                 lambda: "pat-" + rhex(12)])()
        self.mrn = R.choice([lambda: "E" + rdigits(7), lambda: rdigits(8, True), lambda: "MRN" + rdigits(9),
                             lambda: rdigits(10), lambda: "Z" + rdigits(6), lambda: rdigits(7, True)])()
        self.ssn = ssn(R.random() < 0.75)
        self.phone = phone_digits()
        self.phone2 = phone_digits()
        c = R.choice(CITIES)
        self.city, self.county, self.state, z = c
        self.zip = z if R.random() < 0.6 else z[:3] + "%02d" % R.randint(1, 99)
        if R.random() < 0.2:
            self.zip += "-" + rdigits(4)
        num = str(R.randint(1, 19999))
        pre = R.choice(["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "])
        self.street = f"{num} {pre}{R.choice(STREETS)} {R.choice(ST_SUFFIX)}"
        if R.random() < 0.06:
            self.street = f"PO Box {R.randint(10, 9999)}"
        self.unit = R.choice([None, None, None, f"Apt {R.randint(1, 40)}{R.choice('ABCD')}",
                              f"Unit {R.randint(1, 300)}", f"#{R.randint(100, 2400)}", f"Lot {R.randint(1, 90)}"])
        fam_a = asciify(self.family).lower().replace(" ", "").replace("'", "").replace(".", "")
        giv_a = asciify(self.given).lower().replace(" ", "").replace("-", "")
        self.email = R.choice([f"{giv_a}.{fam_a}", f"{giv_a[0]}{fam_a}{R.randint(1, 99)}",
                               f"{fam_a}{giv_a[:3]}", f"{giv_a}{self.dob.year % 100:02d}",
                               f"{giv_a}_{fam_a}{R.randint(1, 9)}", f"{giv_a}.{fam_a}+portal"]) + "@" + R.choice(MAIL_DOMAINS)
        pk = R.choice(PAYERS)
        if self.age >= 65 and R.random() < 0.6:
            pk = PAYERS[10]
        self.payer, self.payer_key = pk
        self.member = member_id(self.payer_key)
        self.acct = R.choice([lambda: "HAR" + rdigits(9), lambda: rdigits(10, True), lambda: "A" + rdigits(8),
                              lambda: "GA-" + rdigits(7)])()

    def full(self, middle=True):
        parts = [self.given] + ([self.middle] if (middle and self.middle) else []) + [self.family]
        return " ".join(parts)

    def last_first(self):
        return f"{self.family}, {self.given}"

    def phone_s(self, style=None):
        return fmt_phone(self.phone, style)


class Clin:
    def __init__(self):
        self.given = R.choice(CLIN_GIVEN)
        self.family = R.choice(CLIN_FAMILY)
        self.npi = npi()
        self.id = R.choice([epic_fhir_id, lambda: rdigits(8, True), ruuid])()
        self.cred = R.choice(["MD", "DO", "NP", "PA-C", "MD, PhD"])
        self.dea = dea(self.family)

    def disp(self):
        return R.choice([f"{self.given} {self.family}, {self.cred}", f"Dr. {self.family}",
                         f"{self.family}, {self.given} {self.cred}", f"{self.given} {self.family}"])


# --------------------------------------------------------------------------
# FHIR resource builders (values wrapped in P/M where they are PHI)
# --------------------------------------------------------------------------
RACE = [("2106-3", "White"), ("2054-5", "Black or African American"), ("2028-9", "Asian"),
        ("1002-5", "American Indian or Alaska Native"), ("2076-8", "Native Hawaiian or Other Pacific Islander"),
        ("2131-1", "Other Race")]
LANGS = [("en", "English"), ("es", "Spanish"), ("vi", "Vietnamese"), ("zh", "Chinese"),
         ("ar", "Arabic"), ("ko", "Korean"), ("pl", "Polish"), ("yo", "Yoruba"), ("nv", "Navajo")]
MRN_SYS = ["urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14", "urn:oid:2.16.840.1.113883.6.1000",
           "https://fhir.lakeshore-health.org/sid/mrn", "urn:oid:1.2.243.58", "http://hospital.riverbend.health/mrn",
           "urn:oid:2.16.840.1.113883.3.787.0.0"]
DL_OID = {"CA": "2.16.840.1.113883.4.3.6", "FL": "2.16.840.1.113883.4.3.12", "NY": "2.16.840.1.113883.4.3.36",
          "TX": "2.16.840.1.113883.4.3.48", "IL": "2.16.840.1.113883.4.3.17", "WA": "2.16.840.1.113883.4.3.53",
          "PA": "2.16.840.1.113883.4.3.42", "MA": "2.16.840.1.113883.4.3.25"}


def last_updated():
    d = CLK.now - timedelta(minutes=R.randint(1, 60 * 24 * 30))
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+00:00" % R.randint(0, 999)


PROFILES = {"Patient": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient", "http://hl7.org/fhir/us/carin-bb/StructureDefinition/C4BB-Patient"],
            "Observation": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-observation-lab", "http://hl7.org/fhir/StructureDefinition/vitalsigns"],
            "Coverage": ["http://hl7.org/fhir/us/carin-bb/StructureDefinition/C4BB-Coverage", "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/profile-coverage"],
            "Encounter": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-encounter"],
            "Practitioner": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-practitioner"],
            "Organization": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-organization"]}


def meta(rt="Patient"):
    m = {"versionId": str(R.randint(1, 40)), "lastUpdated": last_updated()}
    if R.random() < 0.4 and rt in PROFILES:
        m["profile"] = [R.choice(PROFILES[rt])]
    return m


def jpeg_b64():
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00" + R.randbytes(R.randint(280, 900)) + b"\xff\xd9"
    return base64.b64encode(raw).decode()


def ref_patient(p, display=False, prefix="Patient/"):
    d = {"reference": M(prefix, P(p.fhir_id, "mrn"))}
    if display:
        d["display"] = P(R.choice([p.full(), p.last_first(), p.full(False)]), "name")
    return d


def human_name(p, use="official", text=False):
    n = {"use": use}
    if text:
        n["text"] = P(p.full(), "name")
    n["family"] = P(p.family, "name")
    n["given"] = [P(p.given, "name")] + ([P(p.middle, "name")] if p.middle else [])
    if p.suffix:
        n["suffix"] = [p.suffix]
    if R.random() < 0.15:
        n["prefix"] = [R.choice(["Mr.", "Mrs.", "Ms.", "Mx."])]
    return n


def fhir_address(p, district=None, text=False):
    a = {"use": "home"}
    if text:
        a["text"] = M(P(p.street, "address"), ", ", P(p.city, "address"), ", " + p.state + " ", P(p.zip, "zip"))
    a["line"] = [P(p.street, "address")] + ([P(p.unit, "address")] if p.unit else [])
    a["city"] = P(p.city, "address")
    if district if district is not None else R.random() < 0.35:
        a["district"] = P(p.county, "address")
    a["state"] = p.state
    a["postalCode"] = P(p.zip, "zip")
    a["country"] = R.choice(["US", "USA", "United States"])
    return a


def telecom(p, email=True, fax=False):
    t = [{"system": "phone", "value": P(p.phone_s(), "phone"), "use": R.choice(["home", "mobile"])}]
    if R.random() < 0.4:
        t.append({"system": "phone", "value": P(fmt_phone(p.phone2), "phone"), "use": "work", "rank": 2})
    if email:
        t.append({"system": "email", "value": P(p.email, "email")})
    if fax:
        t.append({"system": "fax", "value": P(fmt_phone(phone_digits()), "fax"), "use": "home"})
    return t


def fhir_patient(p, rich=True, ssn_id=None, dl=None, photo=False, other=None, contact=None, fax=None):
    d = {"resourceType": "Patient", "id": P(p.fhir_id, "mrn"), "meta": meta()}
    if rich and R.random() < 0.5:
        rc, rd = R.choice(RACE)
        d["extension"] = [{"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race",
                           "extension": [{"url": "ombCategory", "valueCoding": {"system": "urn:oid:2.16.840.1.113883.6.238", "code": rc, "display": rd}},
                                         {"url": "text", "valueString": rd}]},
                          {"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex", "valueCode": "M" if p.sex == "male" else "F"}]
    ids = [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}], "text": R.choice(["MRN", "EPI", "Medical Record Number"])},
            "system": R.choice(MRN_SYS), "value": P(p.mrn, "mrn")}]
    if ssn_id if ssn_id is not None else (rich and R.random() < 0.35):
        ids.append({"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "SS"}]},
                    "system": "http://hl7.org/fhir/sid/us-ssn", "value": P(p.ssn, "ssn")})
    if dl if dl is not None else (rich and R.random() < 0.2):
        st = R.choice(list(DL_OID))
        ids.append({"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "DL"}]},
                    "system": "urn:oid:" + DL_OID[st], "value": P(driver_license(st), "license")})
    if p.payer_key == "cms" and rich and R.random() < 0.5:
        ids.append({"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MC"}]},
                    "system": "http://hl7.org/fhir/sid/us-mbi", "value": P(p.member, "health_plan")})
    if other:
        ids.append(other)
    d["identifier"] = ids
    d["active"] = True
    d["name"] = [human_name(p, text=R.random() < 0.3)]
    if rich and R.random() < 0.1:
        d["name"].append({"use": "maiden", "family": P(R.choice(SURNAMES), "name")})
    if rich or R.random() < 0.5:
        d["telecom"] = telecom(p, email=R.random() < 0.6, fax=R.random() < 0.12 if fax is None else fax)
    d["gender"] = p.sex
    d["birthDate"] = P(p.dob.isoformat(), "date")
    if p.age > 89 and R.random() < 0.3:
        d["deceasedDateTime"] = P(rdt(rdate(2023, 2024)), "date")
    else:
        d["deceasedBoolean"] = False
    if rich or R.random() < 0.5:
        d["address"] = [fhir_address(p, text=R.random() < 0.2)]
    if rich and R.random() < 0.4:
        lc, ld = R.choice(LANGS)
        d["communication"] = [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": lc, "display": ld}]}, "preferred": True}]
    if contact:
        rel = contact
        d["contact"] = [{"relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0131", "code": R.choice(["N", "C", "E"])}]}],
                         "name": {"family": P(rel.family, "name"), "given": [P(rel.given, "name")]},
                         "telecom": [{"system": "phone", "value": P(rel.phone_s(), "phone")}]}]
    if photo:
        d["photo"] = [{"contentType": "image/jpeg", "data": P(jpeg_b64(), "photo")}]
    if rich and R.random() < 0.5:
        c = Clin()
        d["generalPractitioner"] = [{"reference": "Practitioner/" + c.id, "display": c.disp()}]
    org = R.choice(ORGS)
    d["managingOrganization"] = {"reference": "Organization/" + str(R.randint(100, 99999)), "display": org[0]}
    return d


def other_national_id(p):
    k = R.randint(0, 2)
    if k == 0:
        return {"system": "urn:oid:2.16.76.1.3.1", "type": {"text": "CPF"}, "value": P(cpf(), "other_id")}
    if k == 1:
        return {"system": "urn:oid:2.16.484.101.10.316.2.1", "type": {"text": "CURP"},
                "value": P(curp(p.family, p.given, p.dob, p.sex), "other_id")}
    return {"system": "urn:oid:2.16.124.101.1.3.1", "type": {"text": "Canadian SIN"}, "value": P(sin_ca(), "other_id")}


def fhir_observation(p, display=False, device=False, ascii=False):
    code, disp, unit, lo, hi = R.choice(LOINC)
    val = round(R.uniform(lo, hi), 1 if isinstance(lo, float) else 0)
    if not isinstance(lo, float):
        val = int(val)
    o = {"resourceType": "Observation", "id": R.choice([ruuid(), "obs-" + rdigits(9), rhex(24)]), "meta": meta("Observation"),
         "status": R.choice(["final", "final", "amended", "preliminary"]),
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                   "code": "vital-signs" if code in ("8867-4", "8480-6", "8462-4", "29463-7", "8302-2", "39156-5", "59408-5") else "laboratory"}]}],
         "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": disp}], "text": disp},
         "subject": ref_patient(p, display),
         "encounter": {"reference": "Encounter/" + R.choice([ruuid(), rdigits(9, True)])},
         "effectiveDateTime": P(rdt(rdate(2023, 2024)), "date"),
         "valueQuantity": {"value": val, "unit": unit, "system": "http://unitsofmeasure.org", "code": unit}}
    if R.random() < 0.4:
        c = Clin()
        o["performer"] = [{"reference": "Practitioner/" + c.id, "display": c.disp()}]
    if device:
        udi, sn = udi_hrf()
        o["device"] = {"reference": "Device/" + rhex(12), "display": M(R.choice(["Dexcom G7 CGM SN ", "Omron HEM-7361T s/n ", "Withings BPM Connect #"]), P(sn, "device"))}
    return o


def fhir_encounter(p, display=False):
    adm = rdate(2023, 2024)
    dis = adm + timedelta(days=R.randint(0, 12))
    cls = R.choice([("IMP", "inpatient encounter"), ("AMB", "ambulatory"), ("EMER", "emergency"), ("OBSENC", "observation encounter")])
    c = Clin()
    org = R.choice(ORGS)
    e = {"resourceType": "Encounter", "id": R.choice([ruuid(), rdigits(9, True), epic_fhir_id()]), "meta": meta("Encounter"),
         "identifier": [{"use": "usual", "system": R.choice(["urn:oid:1.2.840.114350.1.13.0.1.7.3.698084.8", "urn:visit-number"]),
                         "value": rdigits(R.choice([9, 10, 12]), True)}],
         "status": "finished", "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls[0], "display": cls[1]},
         "subject": ref_patient(p, display),
         "participant": [{"type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "code": "ATND"}]}],
                          "individual": {"reference": "Practitioner/" + c.id, "display": c.disp()}}],
         "period": {"start": P(rdt(adm), "date"), "end": P(rdt(dis), "date")}}
    if cls[0] == "IMP":
        e["hospitalization"] = {"admitSource": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/admit-source", "code": R.choice(["emd", "hosp-trans", "gp"])}]},
                                "dischargeDisposition": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/discharge-disposition", "code": R.choice(["home", "snf", "hosp", "exp"])}]}}
        e["location"] = [{"location": {"reference": "Location/" + rdigits(6, True), "display": R.choice(["4 West Med/Surg", "MICU Bed 12", "5N-Cardiac Step Down", "L&D Rm 7"])}}]
    e["serviceProvider"] = {"reference": "Organization/" + rdigits(5, True), "display": org[0]}
    return e


PAYER_SYS = {"cms": "http://hl7.org/fhir/sid/us-mbi", "medi-cal": "urn:oid:2.16.840.1.113883.4.3.6.99", "nymedicaid": "urn:oid:2.16.840.1.113883.4.3.36.99",
             "aetna": "https://fhir.aetna.com/sid/member-id", "uhc": "https://api.uhc.com/fhir/sid/member", "bcbsil": "https://www.bcbsil.com/fhir/sid/memberid",
             "humana": "https://fhir.humana.com/sid/member-id", "cigna": "https://fhir.cigna.com/sid/member-id", "kp": "urn:oid:1.2.840.114350.1.13.99.2.7.5.737384.1"}


def fhir_coverage(p, subscriber=None, display=False):
    sub = subscriber or p
    cov = {"resourceType": "Coverage", "id": R.choice([ruuid(), "cov-" + rdigits(7), rdigits(8, True)]), "meta": meta("Coverage"),
           "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB"}]},
                           "system": PAYER_SYS.get(p.payer_key, "urn:oid:2.16.840.1.113883.3.221.5"), "value": P(p.member, "health_plan")}],
           "status": "active",
           "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": R.choice(["HIP", "PPO", "HMO", "MCPOL", "SUBSIDIZ"])}]}}
    if subscriber is not None:
        cov["policyHolder"] = {"display": P(sub.full(), "name")}
        cov["subscriber"] = {"reference": "RelatedPerson/" + rdigits(6, True), "display": P(sub.full(), "name")}
        cov["subscriberId"] = P(member_id(p.payer_key), "health_plan")
        cov["relationship"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship", "code": R.choice(["spouse", "child", "other"])}]}
    else:
        cov["subscriberId"] = P(p.member, "health_plan")
        cov["relationship"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship", "code": "self"}]}
    cov["beneficiary"] = ref_patient(p, display)
    if R.random() < 0.5:
        cov["dependent"] = "0" + str(R.randint(0, 3))
    cov["period"] = {"start": P(date(R.randint(2015, 2024), R.choice([1, 1, 1, 4, 7, 10]), 1).isoformat(), "date")}
    cov["payor"] = [{"reference": "Organization/" + rdigits(5, True), "display": p.payer}]
    cov["class"] = [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/coverage-class", "code": "group"}]},
                     "value": R.choice(["GRP", "G", ""]) + rdigits(6), "name": R.choice(["Acme Logistics LLC", "State of Texas ERS", "Individual Exchange", "Local 701 Trust Fund"])},
                    {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/coverage-class", "code": "plan"}]},
                     "value": R.choice(["PPO-GOLD-2024", "HMO500", "MAPD-H5216-012", "BRONZE-HSA", "MCD-STAR"])}]
    return cov


def fhir_condition(p, display=False):
    sct, sd, icd, idisp = R.choice(CONDS)
    c = {"resourceType": "Condition", "id": R.choice([ruuid(), "cond-" + rdigits(8), epic_fhir_id()]),
         "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
         "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "confirmed"}]},
         "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": R.choice(["problem-list-item", "encounter-diagnosis"])}]}],
         "code": {"coding": [{"system": "http://snomed.info/sct", "code": sct, "display": sd},
                             {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": icd, "display": idisp}], "text": sd},
         "subject": ref_patient(p, display)}
    if R.random() < 0.6:
        c["onsetDateTime"] = P(rdate(max(p.dob.year + 1, 1990), 2024).isoformat(), "date")
    return c


def fhir_related(p, rel):
    code, disp = R.choice([("SPS", "spouse"), ("DAU", "natural daughter"), ("SON", "natural son"), ("MTH", "mother"),
                           ("FTH", "father"), ("GRD", "guardian"), ("NBOR", "neighbor"), ("SIS", "sister")])
    r = {"resourceType": "RelatedPerson", "id": R.choice([ruuid(), rdigits(7, True)]),
         "patient": ref_patient(p),
         "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": code, "display": disp}]}],
         "name": [human_name(rel, text=R.random() < 0.4)],
         "telecom": [{"system": "phone", "value": P(rel.phone_s(), "phone"), "use": "mobile"}]}
    if R.random() < 0.4:
        r["telecom"].append({"system": "email", "value": P(rel.email, "email")})
    r["gender"] = rel.sex
    if R.random() < 0.5:
        r["birthDate"] = P(rel.dob.isoformat(), "date")
    if R.random() < 0.5:
        r["address"] = [fhir_address(rel)]
    return r


def fhir_device(p):
    udi, sn = udi_hrf()
    kind = R.choice([("Continuous glucose monitor", "Dexcom", "G7"), ("Cardiac pacemaker", "Medtronic", "Azure XT DR MRI"),
                     ("Insulin pump", "Tandem Diabetes Care", "t:slim X2"), ("CPAP unit", "ResMed", "AirSense 11 AutoSet"),
                     ("Implantable cardioverter defibrillator", "Boston Scientific", "RESONATE EL ICD")])
    d = {"resourceType": "Device", "id": R.choice([ruuid(), "dev-" + rdigits(6)]),
         "udiCarrier": [{"deviceIdentifier": udi[4:18], "issuer": "http://hl7.org/fhir/NamingSystem/gs1-di",
                         "carrierHRF": P(udi, "device")}],
         "status": "active", "manufacturer": kind[1], "deviceName": [{"name": kind[1] + " " + kind[2], "type": "manufacturer-name"}],
         "modelNumber": kind[2], "serialNumber": P(sn, "device"),
         "type": {"text": kind[0]}, "patient": ref_patient(p)}
    return d


def fhir_account(p, guarantor=None):
    g = guarantor or p
    a = {"resourceType": "Account", "id": R.choice([ruuid(), rdigits(8, True)]),
         "identifier": [{"use": "usual", "type": {"text": R.choice(["HAR", "Guarantor Account", "Patient Account Number"])},
                         "system": "urn:oid:1.2.840.114350.1.13.0.1.7.2.726582", "value": P(p.acct, "account")}],
         "status": "active", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "PBILLACCT"}]},
         "subject": [ref_patient(p, R.random() < 0.5)],
         "servicePeriod": {"start": P(rdate(2023, 2024).isoformat(), "date")},
         "guarantor": [{"party": {"reference": ("RelatedPerson/" + rdigits(6, True)) if guarantor else M("Patient/", P(p.fhir_id, "mrn")),
                                  "display": P(g.full(), "name")}}]}
    return a


def fhir_practitioner():
    c = Clin()
    org = R.choice(ORGS)
    return {"resourceType": "Practitioner", "id": c.id, "meta": meta("Practitioner"),
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": c.npi}],
            "active": True, "name": [{"use": "official", "family": c.family, "given": [c.given], "prefix": ["Dr."], "suffix": [c.cred]}],
            "telecom": [{"system": "phone", "value": org[1], "use": "work"},
                        {"system": "email", "value": f"{c.given[0].lower()}{c.family.lower()}@{org[0].split()[0].lower().strip('.')}health.org", "use": "work"}],
            "address": [{"use": "work", "line": [org[2]], "city": org[3], "state": org[4], "postalCode": org[5]}],
            "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360", "code": c.cred.split(",")[0]}]}}]}


def fhir_organization():
    org = R.choice(ORGS)
    return {"resourceType": "Organization", "id": rdigits(5, True), "meta": meta("Organization"),
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi()},
                           {"system": "urn:oid:2.16.840.1.113883.4.4", "value": rdigits(2) + "-" + rdigits(7)}],
            "active": True, "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/organization-type", "code": R.choice(["prov", "pay", "dept"])}]}],
            "name": org[0], "telecom": [{"system": "phone", "value": org[1]}, {"system": "fax", "value": fmt_phone(phone_digits(), 1)},
                                        {"system": "url", "value": "https://www." + org[0].split()[0].lower().strip(".'s") + "health.org"}],
            "address": [{"line": [org[2]], "city": org[3], "state": org[4], "postalCode": org[5], "country": "US"}]}


def fhir_location():
    org = R.choice(ORGS)
    return {"resourceType": "Location", "id": rdigits(6, True), "status": "active",
            "name": R.choice(["Cardiology Clinic 3rd Fl", "Infusion Center", "Main OR", "Radiology - MRI 2", "Pediatrics East"]),
            "mode": "instance", "telecom": [{"system": "phone", "value": org[1]}],
            "address": {"line": [org[2]], "city": org[3], "state": org[4], "postalCode": org[5]},
            "physicalType": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/location-physical-type", "code": R.choice(["ro", "wi", "bu"])}]},
            "managingOrganization": {"reference": "Organization/" + rdigits(5, True), "display": org[0]}}


def fhir_medication():
    rx, d = R.choice(MEDS)
    return {"resourceType": "Medication", "id": rhex(16), "code": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": rx, "display": d}]},
            "status": "active", "batch": {"lotNumber": ralnum(7, string.ascii_uppercase + string.digits), "expirationDate": rdate(2025, 2027).isoformat()}}


def fhir_base():
    return R.choice(EHRS)


# --------------------------------------------------------------------------
# log envelopes
# --------------------------------------------------------------------------
HOSTS = ["cds-svc-7d9f8c6b5-x2lqp", "ip-10-42-3-17.ec2.internal", "int-engine-02", "apigw-prd-03",
         "fhir-bulk-worker-1", "smart-auth-5c8d7b9f4-qk7m2", "pas-gw-prod-b", "subs-dispatcher-0",
         "ic-prd-web04", "oh-gw-use1-12", "mirth-prd-01", "crd-svc-66f4b8d9c-9zt2w"]
LEVELS = ["INFO", "INFO", "INFO", "DEBUG", "WARN", "TRACE"]


def host():
    return R.choice(HOSTS)


def pre(L, svc, level=None):
    level = level or R.choice(LEVELS)
    k = R.randint(0, 5)
    if k == 0:
        L.t(f"{CLK.iso()} {level:<5} [{svc}] [trace_id={trace_id()} span_id={span_id()}] ")
    elif k == 1:
        L.t(f"{CLK.any()} {level} {R.randint(1, 64)} --- [nio-8443-exec-{R.randint(1, 40)}] o.i.{svc.replace('-', '.')}.Handler : ")
    elif k == 2:
        L.t(f"<{R.choice([134, 131, 132, 135])}>1 {CLK.iso()} {host()} {svc} {R.randint(1000, 65000)} - - ")
    elif k == 3:
        L.t(f"[{CLK.any()}] {level.lower()}: {svc}: ")
    elif k == 4:
        L.t(f"{CLK.iso(ms=False)} {host()} {svc}[{R.randint(100, 32000)}]: {level} ")
    else:
        L.t(f"{level[0]}{CLK.tick().strftime('%m%d %H:%M:%S.%f')} {R.randint(1, 99):>5} {svc}.go:{R.randint(20, 900)}] ")
    return L


def json_env(svc, msg, level=None, **extra):
    """Start a structured JSON log record; returns dict (caller adds payload keys)."""
    level = level or R.choice(LEVELS)
    k = R.randint(0, 2)
    if k == 0:
        d = {"@timestamp": CLK.iso(), "level": level, "logger_name": "org.integ." + svc.replace("-", "."),
             "thread_name": f"http-nio-8443-exec-{R.randint(1, 50)}", "message": msg}
    elif k == 1:
        d = {"ts": round(CLK.tick().timestamp(), 3), "lvl": level.lower(), "svc": svc, "msg": msg,
             "trace_id": trace_id(), "span_id": span_id()}
    else:
        d = {"time": CLK.iso(), "severity": level, "service": {"name": svc, "version": f"{R.randint(1, 4)}.{R.randint(0, 19)}.{R.randint(0, 9)}"},
             "event": {"dataset": svc + ".app"}, "message": msg, "host": {"name": host()}}
    d.update(extra)
    return d


def body_as(L, obj, how=None, **kw):
    """Append obj as JSON (or as an escaped JSON string)."""
    how = how or R.choice(["obj", "obj", "str"])
    if how == "obj":
        L.j(obj, **kw)
    else:
        L.t('"').s(smap(jseg(obj, **kw), lambda t: jesc(t))).t('"')
    return L


def jopts():
    return {"ascii": R.random() < 0.25, "slash": R.random() < 0.08, "sp": R.random() < 0.3}


# --------------------------------------------------------------------------
# families: CDS Hooks
# --------------------------------------------------------------------------
CDS_SERVICES = ["statin-advisor", "pgx-check", "prior-auth-crd", "opioid-cds-r4", "sepsis-alert",
                "patient-greeting", "immunization-forecast", "dme-coverage-requirements"]


def med_request(p, clin, display=False):
    rx, d = R.choice(MEDS)
    return {"resourceType": "MedicationRequest", "id": "draft-" + rhex(8), "status": "draft", "intent": "order",
            "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": rx, "display": d}], "text": d},
            "subject": ref_patient(p, display),
            "requester": {"reference": "Practitioner/" + clin.id, "display": clin.disp(),
                          **({"identifier": {"system": "http://hl7.org/fhir/sid/us-dea", "value": clin.dea}} if R.random() < 0.3 else {})},
            "dosageInstruction": [{"text": R.choice(["Take 1 tablet by mouth daily", "1 tab PO BID with meals", "Inject 1 mg SC once weekly", "10 units SC at bedtime"])}]}


def service_request(p, clin, code=None):
    c, d, sys_ = code or R.choice(PROCS)
    return {"resourceType": "ServiceRequest", "id": "sr-" + rhex(10), "status": "draft", "intent": "order",
            "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt" if sys_ == "CPT" else "https://bluebutton.cms.gov/resources/codesystem/hcpcs", "code": c, "display": d}]},
            "subject": ref_patient(p), "requester": {"reference": "Practitioner/" + clin.id, "display": clin.disp()},
            "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": R.choice(CONDS)[2]}]}]}


def f_cds_request(phi):
    L = Line("cdshooks_request")
    svc = R.choice(CDS_SERVICES)
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            services = [{"hook": h, "title": t, "description": dsc, "id": i,
                         "prefetch": {"patient": "Patient/{{context.patientId}}",
                                      "conditions": "Condition?patient={{context.patientId}}&category=problem-list-item",
                                      **({"coverage": "Coverage?patient={{context.patientId}}&status=active"} if "auth" in i or "dme" in i else {})}}
                        for h, t, dsc, i in R.sample([("patient-view", "Statin Advisor", "USPSTF statin recommendations", "statin-advisor"),
                                                      ("order-select", "PGx Checker", "CPIC pharmacogenomic guidance", "pgx-check"),
                                                      ("order-sign", "Coverage Requirements Discovery", "Da Vinci CRD", "prior-auth-crd"),
                                                      ("patient-view", "Sepsis early warning", "qSOFA-based alert", "sepsis-alert"),
                                                      ("order-select", "Opioid CDS R4", "CDC opioid prescribing guideline", "opioid-cds-r4")], 3)]
            pre(L, "cds-hooks").t(f'GET /cds-services 200 {R.randint(2, 40)}ms ua="Epic/Interconnect" resp=').j({"services": services}, **jopts())
        elif k == 1:
            fb = {"feedback": [{"card": ruuid(), "outcome": R.choice(["accepted", "overridden"]),
                                "acceptedSuggestions": [{"id": ruuid()}], "outcomeTimestamp": CLK.iso(ms=False)}]}
            if fb["feedback"][0]["outcome"] == "overridden":
                del fb["feedback"][0]["acceptedSuggestions"]
                fb["feedback"][0]["overrideReason"] = {"reason": {"code": R.choice(["patient-declined", "already-performed", "contraindicated"]),
                                                                  "system": "http://example.org/cds-services/fhir/CodeSystem/override-reasons"},
                                                       "userComment": R.choice(["documented in problem list", "see cardiology note", "n/a"])}
            d = json_env("cds-hooks", f"POST /cds-services/{svc}/feedback", http={"status": 200, "latency_ms": R.randint(3, 90)})
            d["request_body"] = fb
            L.j(d, **jopts())
        else:
            pre(L, "cds-hooks").t(f"hook={R.choice(['patient-view', 'order-select', 'order-sign'])} service={svc} hookInstance={ruuid()} "
                                  f"cards={R.randint(0, 3)} prefetch_hits={R.randint(0, 3)}/3 fhir_calls={R.randint(0, 4)} status=200 "
                                  f"latency_ms={R.randint(40, 2400)} client_id={R.choice(SMART_APPS)[1]} fhirServer={fhir_base()}")
        return L
    p = Person(old=R.random() < 0.15)
    clin = Clin()
    ehr = fhir_base()
    hook = R.choice(["patient-view", "order-select", "order-sign", "encounter-start", "appointment-book"])
    ctx = {"userId": "Practitioner/" + clin.id, "patientId": P(p.fhir_id, "mrn")}
    if hook != "patient-view":
        ctx["encounterId"] = R.choice([rdigits(9, True), epic_fhir_id()])
    if hook in ("order-select", "order-sign"):
        mr = med_request(p, clin) if R.random() < 0.6 else service_request(p, clin)
        if hook == "order-select":
            ctx["selections"] = [mr["resourceType"] + "/" + mr["id"]]
        ctx["draftOrders"] = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": mr}]}
    if hook == "appointment-book":
        ap = rdate(2024, 2024) + timedelta(days=R.randint(1, 90))
        ctx["appointments"] = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {
            "resourceType": "Appointment", "id": "apt-" + rdigits(7), "status": "proposed",
            "start": P(f"{ap.isoformat()}T{R.choice(['08', '09', '10', '13', '14', '15'])}:{R.choice(['00', '15', '30', '45'])}:00-05:00", "date"),
            "participant": [{"actor": ref_patient(p, R.random() < 0.5), "status": "accepted"},
                            {"actor": {"reference": "Practitioner/" + clin.id, "display": clin.disp()}, "status": "accepted"}]}}]}
    prefetch = {}
    if R.random() < 0.8:
        prefetch["patient"] = fhir_patient(p, rich=R.random() < 0.6, contact=Person() if R.random() < 0.15 else None,
                                           other=other_national_id(p) if R.random() < 0.06 else None)
    if R.random() < 0.6:
        ents = []
        for _ in range(R.randint(1, 3)):
            c = fhir_condition(p)
            ents.append({"fullUrl": ehr + "/Condition/" + c["id"], "resource": c})
        prefetch["conditions"] = {"resourceType": "Bundle", "type": "searchset", "total": len(ents), "entry": ents}
    body = {"hookInstance": ruuid(), "fhirServer": ehr, "hook": hook,
            "fhirAuthorization": {"access_token": b64u(R.choice([32, 64, 180])), "token_type": "Bearer", "expires_in": 300,
                                  "scope": "patient/Patient.read patient/Condition.read patient/Coverage.read",
                                  "subject": R.choice(SMART_APPS)[1]},
            "context": ctx}
    if prefetch:
        body["prefetch"] = prefetch
    k = R.randint(0, 2)
    o = jopts()
    if k == 0:
        pre(L, "cds-hooks").t(f"POST /cds-services/{svc} body=")
        L.j(body, **o)
    elif k == 1:
        d = json_env("cds-hooks", "incoming CDS Hooks request", hook=hook, service_id=svc)
        d["request"] = body
        L.j(d, **o)
    else:
        d = json_env("cds-hooks", f"cds request {svc}")
        L.j(d, **o)
        assert L.segs[-1] == ("}", None)
        L.segs.pop()  # drop closing brace, then append one more member
        L.t(',"raw_body":')
        body_as(L, body, "str", **o)
        L.t("}")
    return L


def f_cds_response(phi):
    L = Line("cdshooks_response")
    svc = R.choice(CDS_SERVICES)
    src = R.choice([{"label": "USPSTF", "url": "https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/statin-use-in-adults-preventive-medication"},
                    {"label": "CPIC", "url": "https://cpicpgx.org/guidelines/", "icon": "https://cpicpgx.org/wp-content/uploads/2016/03/cpic-logo.png"},
                    {"label": "Northwind Health Plan CRD", "url": "https://crd.northwindhealth.com", "topic": {"system": "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp", "code": "prior-auth"}},
                    {"label": "CDC Opioid Guideline", "url": "https://www.cdc.gov/mmwr/volumes/71/rr/rr7103a1.htm"}])
    if not phi:
        cards = []
        for _ in range(R.randint(0, 2)):
            cards.append({"uuid": ruuid(), "summary": R.choice(["Consider moderate-intensity statin", "CYP2C19 poor metabolizer: consider alternative to clopidogrel",
                                                                "Prior authorization required for this item", "Total MME/day exceeds 50",
                                                                "No documentation requirements for this order"]),
                          "indicator": R.choice(["info", "warning", "critical"]), "source": src,
                          "detail": R.choice(["See guideline for dosing table.", "Coverage rules v2024.3 applied (rule E0601-OSA-07).",
                                              "Recommendation grade B; shared decision making advised."]),
                          "links": [{"label": "Guideline", "url": src["url"], "type": "absolute"}]})
        resp = {"cards": cards}
        if R.random() < 0.3:
            resp["systemActions"] = []
        if R.random() < 0.5:
            pre(L, "cds-hooks").t(f"hookInstance={ruuid()} service={svc} status=200 dur={R.randint(30, 1800)}ms response=").j(resp, **jopts())
        else:
            d = json_env("cds-hooks", "cds response", service_id=svc, hook_instance=ruuid())
            d["response"] = resp
            L.j(d, **jopts())
        return L
    p = Person(old=F("old", R.random() < 0.4))
    app, cid = R.choice(SMART_APPS)
    ehr = fhir_base()
    age_txt = [P(str(p.age), "age")] if p.age > 89 else [str(p.age)]
    nm = R.choice([p.full(), p.last_first(), p.given])
    summary = [
        M(*( [P(nm, "name"), " ("] + age_txt + [R.choice([" y/o", " yo", " years"]), ") is due for ", R.choice(["HbA1c", "lipid panel", "colorectal screening", "influenza vaccine"])])),
        M(*( ["Fall risk: patient aged "] + age_txt + [" on 4+ CNS-active meds"])),
        M("Prior auth needed for ", P(nm, "name"), " - ", R.choice(PROCS)[0]),
    ][F("sum_i", R.randint(0, 2))]
    card = {"uuid": ruuid(), "summary": summary, "indicator": R.choice(["info", "warning", "critical"]), "source": src}
    if R.random() < 0.5:
        card["detail"] = M("**Patient:** ", P(p.last_first(), "name"), "\n**DOB:** ", P(fmt_date(p.dob, R.choice([0, 1, 5])), "date"),
                           "\n**MRN:** ", P(p.mrn, "mrn"), "\n\nRecommendation grade B.")
    link_url = R.choice([
        lambda: f"https://apps.smarthealthit.org/{app}/launch.html?iss={quote(ehr, safe='')}&patient={p.fhir_id}",
        lambda: f"https://{app}.appsvc.riverbend.health/launch?launch={b64u(16)}&patient={p.fhir_id}&iss={ehr}",
        lambda: f"{ehr}/Patient/{p.fhir_id}/$everything",
    ])()
    card["links"] = [{"label": "Open " + app, "url": P(link_url, "url"), "type": R.choice(["smart", "absolute"]),
                      **({"appContext": M("patientId=", P(p.fhir_id, "mrn"), "&encounterId=" + rdigits(9, True))} if R.random() < 0.4 else {})}]
    if R.random() < 0.5:
        clin = Clin()
        card["suggestions"] = [{"label": "Order " + R.choice(["HbA1c", "lipid panel", "sleep study"]), "uuid": ruuid(), "isRecommended": True,
                                "actions": [{"type": "create", "description": "Create draft order",
                                             "resource": service_request(p, clin)}]}]
    resp = {"cards": [card]}
    o = jopts()
    if R.random() < 0.5:
        pre(L, "cds-hooks").t(f"hookInstance={ruuid()} service={svc} status=200 dur={R.randint(30, 1800)}ms response=").j(resp, **o)
    else:
        d = json_env("cds-hooks", "cds response", service_id=svc, hook_instance=ruuid())
        d["response"] = resp
        L.j(d, **o)
    return L


# --------------------------------------------------------------------------
# families: SMART on FHIR
# --------------------------------------------------------------------------
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 Mobile Safari/537.36",
       "MyHealthMobile/5.12.0 (com.riverbend.myhealth; build:5120031; iOS 17.6.1) Alamofire/5.9.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 Edg/128.0.0.0",
       "okhttp/4.12.0", "Epic/Hyperspace 10.8 (Windows NT 10.0) WebView2/127.0.2651.98"]
SCOPES_PAT = "launch/patient openid fhirUser offline_access patient/Patient.rs patient/Observation.rs patient/Condition.rs patient/Coverage.rs"
SCOPES_EHR = "launch openid fhirUser user/Patient.read user/Observation.read user/Encounter.read"


def f_smart_access(phi):
    L = Line("nginx_smart_oauth")
    app, cid = R.choice(SMART_APPS)
    ehr = fhir_base()
    redirect = f"https://{app}.appsvc.riverbend.health/callback"
    state = b64u(22)
    if phi:
        ip = P(public_ip() if R.random() < 0.85 else public_ip6(), "ip")
        ua = R.choice(UAS[:3])
        scope = SCOPES_PAT
    else:
        ip = private_ip()
        ua = R.choice(UAS[3:])
        scope = SCOPES_EHR
    L.x(ip, " - ", "-" if phi or R.random() < 0.5 else R.choice(STAFF_USERS), f" [{CLK.clf()}] \"")
    k = R.randint(0, 2)
    if k == 0:
        L.t(f"GET /oauth2/authorize?response_type=code&client_id={cid}&redirect_uri={quote(redirect, safe='')}")
        if phi:
            if R.random() < 0.5:
                p = Person()
                L.t("&login_hint=").x(urlq(p.email, "email"))
        else:
            L.t(f"&launch={b64u(R.choice([12, 24, 40]))}")
        L.t(f"&scope={quote(scope, safe='')}&state={state}&aud={quote(ehr, safe='')}"
            f"&code_challenge={b64u(43)}&code_challenge_method=S256 HTTP/1.1\" 302 0 \"-\" \"{ua}\"")
    elif k == 1:
        L.t(f"POST /oauth2/token HTTP/2.0\" {R.choice([200, 200, 200, 400, 401])} {R.randint(900, 2600)} \"-\" \"{ua}\"")
    else:
        L.t(f"GET /.well-known/smart-configuration HTTP/1.1\" 200 {R.randint(1200, 1900)} \"-\" \"{ua}\"")
    L.t(f" rt={R.uniform(0.001, 0.9):.3f} uct=\"0.000\" uht=\"{R.uniform(0.001, 0.5):.3f}\" req_id={rhex(32)}")
    if phi and R.random() < 0.3:
        L.t(" xff=\"").x(P(public_ip(), "ip")).t(", " + private_ip() + "\"")
    return L


def f_smart_ctx(phi):
    L = Line("smart_launch_ctx")
    app, cid = R.choice(SMART_APPS)
    ehr = fhir_base()
    clin = Clin()
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            pre(L, "smart-launch", "WARN").t(f"launch token {b64u(24)} rejected: expired (issued {R.randint(301, 9000)}s ago, ttl=300s) client_id={cid} iss={ehr}")
        elif k == 1:
            pre(L, "smart-launch", "ERROR").t(f"iss \"{ehr}\" is not in the allowlist for client {cid}; known issuers={R.randint(3, 14)} tenant={ruuid()}")
        elif k == 2:
            d = json_env("smart-launch", "launch context resolved", client_id=cid)
            d["context"] = {"fhirUser": f"{ehr}/Practitioner/{clin.id}", "need_patient_banner": True,
                            "smart_style_url": f"{ehr.split('/api')[0]}/smart-style/{rhex(8)}.json", "intent": "reconcile-medications",
                            "tenant": ruuid(), "location": "Location/" + rdigits(6, True)}
            L.j(d, **jopts())
        else:
            pre(L, "smart-launch").t(f"PKCE verified for client={cid} code={b64u(32)} redirect_uri=https://{app}.appsvc.riverbend.health/callback scopes=\"{SCOPES_EHR}\" user=Practitioner/{clin.id} npi={clin.npi}")
        return L
    p = Person(old=F("old", R.random() < 0.1))
    k = F("ctx_k", R.randint(0, 3))
    if k == 0:
        pre(L, "smart-launch").x(f"launch={b64u(24)} resolved -> patient=", P(p.fhir_id, "mrn"),
                                 f" encounter={R.choice([rdigits(9, True), epic_fhir_id()])} fhirUser=Practitioner/{clin.id} need_patient_banner={R.choice(['true', 'false'])} client_id={cid}")
    elif k == 1:
        d = json_env("smart-launch", "launch context resolved", client_id=cid)
        ctx = {"patient": P(p.fhir_id, "mrn"), "encounter": R.choice([rdigits(9, True), epic_fhir_id()]),
               "fhirUser": f"{ehr}/Practitioner/{clin.id}", "need_patient_banner": False}
        if R.random() < 0.5:
            ctx["fhirContext"] = [{"reference": "DocumentReference/" + rhex(16)}, {"reference": M("Patient/", P(p.fhir_id, "mrn")), "role": "http://hl7.org/fhir/smart-app-launch/CodeSystem/context-role#launch"}]
        d["context"] = ctx
        L.j(d, **jopts())
    elif k == 2:
        dob_s = fmt_date(p.dob, R.choice([0, 1, 3]))
        nm = R.choice([lambda: [P(f"{p.family.upper()}, {p.given.upper()}", "name")], lambda: [P(p.full(), "name")]])()
        pre(L, app).x("banner rendered: ", *nm, " | DOB ", P(dob_s, "date"), f" ({p.age}y" if p.age <= 89 else " (", *( [P(str(p.age), "age"), "y"] if p.age > 89 else []),
                      f") {p.sex[0].upper()} | MRN ", P(p.mrn, "mrn"), f" | Allergies: {R.choice(['NKDA', 'Penicillins', 'Sulfa', 'Peanut'])}")
    else:
        L.t(f"{CLK.any()} DEBUG SmartLaunchFilter - GET /launch?iss={quote(ehr, safe='')}&launch={b64u(30)} -> fetched ").x(
            f"{ehr}/metadata (200) ; token ctx patient=", P(p.fhir_id, "mrn"), " location=" + rdigits(5, True) + " tenant=" + ruuid())
    return L


def f_smart_token(phi):
    L = Line("smart_token_response")
    app, cid = R.choice(SMART_APPS)
    ehr = fhir_base()
    clin = Clin()
    now = int(CLK.now.timestamp())
    if not phi:
        if R.random() < 0.5:
            tok = {"access_token": fake_jwt({"iss": ehr, "sub": cid, "aud": ehr, "exp": now + 300, "jti": ruuid(), "scope": "system/Patient.rs system/Coverage.rs system/Group.rs"}),
                   "token_type": "bearer", "expires_in": 300, "scope": "system/Patient.rs system/Coverage.rs system/Group.rs"}
            note = "backend services client_credentials grant"
        else:
            tok = {"access_token": b64u(R.choice([64, 128])), "token_type": "Bearer", "expires_in": 3600, "scope": SCOPES_EHR,
                   "id_token": fake_jwt({"iss": ehr, "sub": clin.id, "aud": cid, "fhirUser": f"{ehr}/Practitioner/{clin.id}", "iat": now, "exp": now + 300}),
                   "refresh_token": b64u(48), "need_patient_banner": True, "smart_style_url": f"{ehr}/smart-style.json", "tenant": ruuid()}
            note = "token issued (user launch, no patient context)"
        d = json_env("smart-auth", note, client_id=cid, grant_type="client_credentials" if "system" in tok["scope"] else "authorization_code")
        d["token_response"] = tok
        return L.j(d, **jopts())
    p = Person()
    tok = {"access_token": b64u(R.choice([64, 128, 300])), "token_type": "Bearer", "expires_in": R.choice([300, 3600]),
           "scope": R.choice([SCOPES_PAT, SCOPES_EHR]), "patient": P(p.fhir_id, "mrn")}
    if R.random() < 0.5:
        tok["encounter"] = R.choice([rdigits(9, True), epic_fhir_id()])
    if "launch/patient" in tok["scope"] and R.random() < 0.6:
        tok["id_token_claims"] = {"iss": ehr, "aud": cid, "fhirUser": P(f"{ehr}/Patient/{p.fhir_id}", "url"),
                                  "name": P(p.full(), "name"), "email": P(p.email, "email"), "iat": now, "exp": now + 300}
        if R.random() < 0.5:
            tok["id_token_claims"]["birthdate"] = P(p.dob.isoformat(), "date")
    else:
        tok["id_token"] = fake_jwt({"iss": ehr, "sub": clin.id, "aud": cid, "fhirUser": f"{ehr}/Practitioner/{clin.id}", "iat": now, "exp": now + 300})
    tok["need_patient_banner"] = R.choice([True, False])
    if R.random() < 0.4:
        tok["refresh_token"] = b64u(48)
    if R.random() < 0.5:
        pre(L, "smart-auth", "DEBUG").t(f"POST /oauth2/token client_id={cid} grant_type=authorization_code -> 200 ").j(tok, **jopts())
    else:
        d = json_env("smart-auth", "token response", client_id=cid)
        d["token_response"] = tok
        L.j(d, **jopts())
    return L


# --------------------------------------------------------------------------
# families: Da Vinci CRD / DTR / PAS
# --------------------------------------------------------------------------
def device_request(p, clin, cov_id):
    c, d, sys_ = R.choice([x for x in PROCS if x[2] == "HCPCS"])
    return {"resourceType": "DeviceRequest", "id": "devreq-" + rhex(8), "status": "draft", "intent": "original-order",
            "codeCodeableConcept": {"coding": [{"system": "https://bluebutton.cms.gov/resources/codesystem/hcpcs", "code": c, "display": d}]},
            "subject": ref_patient(p), "requester": {"reference": "Practitioner/" + clin.id, "display": clin.disp()},
            "insurance": [{"reference": "Coverage/" + cov_id}]}


def f_crd(phi):
    L = Line("davinci_crd")
    payer_url = R.choice(["https://crd.northwindhealth.com/r4/cds-services/order-sign-crd",
                          "https://api.bcbsil.example-payer.com/crd/cds-services/order-sign",
                          "https://davinci-crd.logicahealth.org/r4/cds-services/order-select-crd"])
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            ext = {"url": "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information",
                   "extension": [{"url": "coverage", "valueReference": {"reference": "Coverage/" + rdigits(7, True)}},
                                 {"url": "covered", "valueCode": R.choice(["covered", "not-covered", "conditional"])},
                                 {"url": "pa-needed", "valueCode": R.choice(["auth-needed", "no-auth", "satisfied"])},
                                 {"url": "doc-needed", "valueCode": R.choice(["clinical", "admin", "both"])},
                                 {"url": "questionnaire", "valueCanonical": "http://example.org/fhir/Questionnaire/" + R.choice(["home-o2-v2|2.1.0", "pap-device|1.4", "mri-lumbar|3.0.2"])},
                                 {"url": "date", "valueDate": TODAY.isoformat()},
                                 {"url": "coverage-assertion-id", "valueString": rhex(8).upper() + "-" + rdigits(6)}]}
            pre(L, "crd-client").t(f"CRD response from {payer_url} status=200 cards=0 systemActions=1 coverage-information=").j(ext, **jopts())
        elif k == 1:
            d = json_env("crd-client", "CRD card received", payer=R.choice(PAYERS)[0])
            d["card"] = {"uuid": ruuid(), "summary": R.choice(["Prior authorization required", "Documentation required: face-to-face evaluation", "No PA required for in-network DME"]),
                         "indicator": "info", "source": {"label": "Northwind Health Plan", "url": "https://www.northwindhealth.com", "topic": {"code": "documentation-templates-rules"}},
                         "links": [{"label": "Launch DTR", "url": "https://dtr.riverbend.health/launch", "type": "smart", "appContext": "questionnaire=home-o2-v2&response=QuestionnaireResponse/" + rhex(12)}]}
            L.j(d, **jopts())
        else:
            pre(L, "crd-client", "WARN").t(f"CRD call to {payer_url} timed out after {R.choice([5000, 10000])}ms (hook=order-sign hookInstance={ruuid()}); falling back to cached coverage rules v2024.{R.randint(1, 9)}")
        return L
    p = Person(old=R.random() < 0.1)
    clin = Clin()
    ehr = fhir_base()
    cov = fhir_coverage(p, subscriber=Person() if R.random() < 0.25 else None)
    order = device_request(p, clin, cov["id"]) if R.random() < 0.6 else service_request(p, clin)
    body = {"hookInstance": ruuid(), "hook": "order-sign", "fhirServer": ehr,
            "context": {"userId": "PractitionerRole/" + rdigits(6, True), "patientId": P(p.fhir_id, "mrn"),
                        "encounterId": rdigits(9, True), "draftOrders": {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": order}]}},
            "prefetch": {"coverageBundle": {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": cov}]}}}
    if R.random() < 0.6:
        body["prefetch"]["patient"] = fhir_patient(p, rich=False)
    o = jopts()
    if R.random() < 0.5:
        pre(L, "crd-client").t(f"POST {payer_url} payload=").j(body, **o)
    else:
        d = json_env("crd-client", "sending CRD order-sign request", target=payer_url)
        d["payload"] = body
        L.j(d, **o)
    return L


def f_dtr(phi):
    L = Line("davinci_dtr")
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            pre(L, "dtr").t(f"$questionnaire-package returned {R.randint(2, 6)} resources: Questionnaire/home-o2-v2|2.1.0, Library/HomeO2Prepopulation|1.0.3, "
                            f"ValueSet/sleep-study-codes|{R.randint(1, 3)}.0 (etag W/\"{R.randint(2, 40)}\") in {R.randint(80, 3000)}ms")
        elif k == 1:
            pre(L, "dtr-cql").t(f"CQL expression '{R.choice(['AHI', 'MostRecentSpO2', 'OrderingProviderNPI', 'RelevantDiagnoses'])}' evaluated in {R.randint(2, 400)}ms result={R.choice(['null', '[]', 'true', '2 items'])} library=HomeO2Prepopulation version=1.0.3")
        else:
            d = json_env("dtr", "adaptive form next-question", questionnaire="Questionnaire/pap-adaptive-" + rhex(6))
            d["item"] = {"linkId": str(R.randint(1, 20)), "text": R.choice(["Has the patient had a sleep study in the last 12 months?", "Number of apnea events per hour", "Is oxygen saturation at rest <= 88%?"]),
                         "type": R.choice(["boolean", "decimal", "choice"]), "required": True}
            L.j(d, **jopts())
        return L
    p = Person(old=F("old", R.random() < 0.3))
    clin = Clin()
    items = []
    n = 1

    def it(text, ans):
        nonlocal n
        items.append({"linkId": f"{n}", "text": text, "answer": [ans],
                      "extension": [{"url": "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/information-origin",
                                     "extension": [{"url": "source", "valueCode": R.choice(["auto", "override", "manual"])}]}] if R.random() < 0.3 else []})
        if not items[-1]["extension"]:
            del items[-1]["extension"]
        n += 1
    it("Patient name", {"valueString": P(R.choice([p.full(), p.last_first()]), "name")})
    it("Date of birth", {"valueDate": P(p.dob.isoformat(), "date")})
    if F("age_item", R.random() < 0.5):
        it("Patient age", {"valueInteger": P(p.age, "age") if p.age > 89 else p.age})
    it(R.choice(["Member ID", "Subscriber ID", "Insurance ID"]), {"valueString": P(p.member, "health_plan")})
    it("Ordering provider", {"valueString": clin.disp()})
    it("Ordering provider NPI", {"valueString": clin.npi})
    it("Date of face-to-face evaluation", {"valueDate": P(rdate(2024, 2024).isoformat(), "date")})
    it("AHI (events/hour)", {"valueDecimal": round(R.uniform(5, 60), 1)})
    if R.random() < 0.3:
        it("Patient phone", {"valueString": P(p.phone_s(), "phone")})
    qr = {"resourceType": "QuestionnaireResponse", "id": rhex(16), "questionnaire": "http://example.org/fhir/Questionnaire/home-o2-v2|2.1.0",
          "status": R.choice(["in-progress", "completed"]), "subject": ref_patient(p),
          "author": {"reference": "Practitioner/" + clin.id}, "item": items}
    o = jopts()
    if R.random() < 0.5:
        pre(L, "dtr").t(f"saving QuestionnaireResponse to EHR ({R.choice(['PUT', 'POST'])}) body=").j(qr, **o)
    else:
        d = json_env("dtr", "QuestionnaireResponse completed", questionnaire="home-o2-v2")
        d["questionnaireResponse"] = qr
        L.j(d, **o)
    return L


def x12_278(p, clin, svc_date):
    org = R.choice(ORGS)
    fam = asciify(p.family).upper()
    giv = asciify(p.given).upper()
    segs = [f"ST*278*{rdigits(4)}*005010X217~BHT*0007*13*{rhex(10).upper()}*{TODAY.strftime('%Y%m%d')}*{R.randint(700, 1800)}~",
            f"HL*1**20*1~NM1*X3*2*{asciify(p.payer).upper()}*****PI*{rdigits(5)}~HL*2*1*21*1~",
            f"NM1*1P*2*{org[0].upper()}*****XX*{npi()}~HL*3*2*22*1~NM1*IL*1*", P(fam, "name"), "*", P(giv, "name"),
            "****MI*", P(p.member, "health_plan"), "~"]
    if R.random() < 0.5:
        segs += ["N3*", P(asciify(p.street).upper(), "address"), "~N4*", P(p.city.upper(), "address"), f"*{p.state}*", P(p.zip.replace("-", ""), "zip"), "~"]
    segs += ["DMG*D8*", P(p.dob.strftime("%Y%m%d"), "date"), f"*{'M' if p.sex == 'male' else 'F'}~HL*4*3*EV*1~UM*HS*I*3~DTP*472*D8*", P(svc_date.strftime("%Y%m%d"), "date"),
             f"~SV1*HC:{R.choice(PROCS)[0]}*{R.randint(50, 4000)}*UN*1~NM1*DK*1*{clin.family.upper()}*{clin.given.upper()}****XX*{clin.npi}~SE*{R.randint(14, 22)}*0001~"]
    return segs


def f_pas(phi):
    L = Line("davinci_pas")
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            pre(L, "pas-gw").t(f"$inquire poll ClaimResponse/{ruuid()} outcome={R.choice(['queued', 'partial', 'complete'])} preAuthRef=PA{rdigits(10)} "
                               f"reviewAction={R.choice(['A1', 'A3', 'A4', 'A6'])} retry_in={R.choice([30, 60, 300])}s correlation={ruuid()}")
        elif k == 1:
            pre(L, "pas-x12").t(f"inbound 999 for ICN {rdigits(9)}: AK1*HI*{rdigits(4)}*005010X217~AK2*278*{rdigits(4)}~IK5*A~AK9*A*1*1*1~ TA1*{rdigits(9)}*{TODAY.strftime('%y%m%d')}*{R.randint(1000, 2359)}*A*000~")
        else:
            d = json_env("pas-gw", "ClaimResponse received", status=200)
            d["claimResponse"] = {"resourceType": "ClaimResponse", "id": ruuid(), "status": "active", "use": "preauthorization", "outcome": "complete",
                                  "preAuthRef": "PA" + rdigits(10), "insurer": {"display": R.choice(PAYERS)[0]},
                                  "item": [{"itemSequence": 1, "extension": [{"url": "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewAction",
                                                                              "extension": [{"url": "number", "valueString": "AUTH" + rdigits(8)},
                                                                                            {"url": "code", "valueCodeableConcept": {"coding": [{"system": "https://codesystem.x12.org/005010/306", "code": R.choice(["A1", "A3"])}]}}]}],
                                            "adjudication": [{"category": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/adjudication", "code": "submitted"}]}}]}]}
            L.j(d, **jopts())
        return L
    p = Person(old=R.random() < 0.1)
    clin = Clin()
    svc_date = rdate(2024, 2024)
    k = F("pas_k", R.randint(0, 3))
    if k == 0:
        pre(L, "pas-x12").t(f"translated PAS Bundle/{ruuid()} -> X12 278 request: ").x(*x12_278(p, clin, svc_date))
        return L
    code, disp, sys_ = R.choice(PROCS)
    claim = {"resourceType": "Claim", "id": ruuid(), "status": "active",
             "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": R.choice(["professional", "institutional"])}]},
             "use": "preauthorization", "patient": ref_patient(p, R.random() < 0.5),
             "insurer": {"reference": "Organization/" + rdigits(5, True), "display": p.payer},
             "provider": {"reference": "Organization/" + rdigits(5, True), "display": R.choice(ORGS)[0]},
             "priority": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/processpriority", "code": R.choice(["normal", "stat"])}]},
             "insurance": [{"sequence": 1, "focal": True, "coverage": {"reference": "Coverage/" + rdigits(7, True)}}],
             "item": [{"sequence": 1, "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt" if sys_ == "CPT" else "https://bluebutton.cms.gov/resources/codesystem/hcpcs", "code": code, "display": disp}]},
                       "servicedDate": P(svc_date.isoformat(), "date"), "quantity": {"value": 1}}]}
    if k == 1:
        acc = Person()
        acc.city, acc.county, acc.state, _ = R.choice(CITIES)
        claim["accident"] = {"date": P(rdate(2024, 2024).isoformat(), "date"), "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "MVA"}]},
                             "locationAddress": {"line": [P(acc.street, "address")], "city": P(acc.city, "address"), "state": acc.state}}
        claim["supportingInfo"] = [{"sequence": 1, "category": {"coding": [{"system": "http://hl7.org/fhir/us/davinci-pas/CodeSystem/PASSupportingInfoType", "code": "freeFormMessage"}]},
                                    "valueString": M("Auto accident, patient was driver. Vehicle VIN ", P(vin(), "vehicle"), ", plate ", P(plate(), "vehicle"),
                                                     f" ({acc.state}). Auto carrier claim {rdigits(3)}-{rdigits(6)}.")}]
    if k == 3:
        resp = {"resourceType": "ClaimResponse", "id": ruuid(), "status": "active", "use": "preauthorization",
                "patient": ref_patient(p, R.random() < 0.5), "outcome": R.choice(["complete", "queued"]), "preAuthRef": "PA" + rdigits(10),
                "preAuthPeriod": {"start": P(svc_date.isoformat(), "date"), "end": P((svc_date + timedelta(days=R.choice([30, 90, 180]))).isoformat(), "date")},
                "item": [{"itemSequence": 1, "adjudication": [{"category": {"coding": [{"code": "submitted"}]}}]}]}
        d = json_env("pas-gw", "ClaimResponse received")
        d["claimResponse"] = resp
        return L.j(d, **jopts())
    bundle = {"resourceType": "Bundle", "id": ruuid(), "identifier": {"system": "http://example.org/SUBMITTER_TRANSACTION_IDENTIFIER", "value": rhex(10).upper()},
              "type": "collection", "timestamp": CLK.iso(ms=False),
              "entry": [{"fullUrl": "urn:uuid:" + claim["id"], "resource": claim}]}
    if R.random() < 0.5:
        bundle["entry"].append({"fullUrl": P(f"{fhir_base()}/Patient/{p.fhir_id}", "url"), "resource": fhir_patient(p, rich=False)})
    o = jopts()
    if R.random() < 0.5:
        pre(L, "pas-gw").t("POST /fhir/Claim/$submit Bundle=").j(bundle, **o)
    else:
        d = json_env("pas-gw", "Claim/$submit request")
        d["bundle"] = bundle
        L.j(d, **o)
    return L


# --------------------------------------------------------------------------
# families: Bulk Data, NDJSON, $match, $everything, Subscriptions
# --------------------------------------------------------------------------
BULK_TYPES = ["Patient", "Coverage", "Encounter", "Observation", "Condition", "RelatedPerson", "Practitioner", "Organization"]


def bulk_base():
    return R.choice(["https://bulk.riverbend.health/fhir", "https://fhir.lakeshore-health.org/api/FHIR/R4",
                     "https://payer-api.northwindhealth.com/r4", "https://fhir-ehr.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d"])


def f_bulk_http(phi):
    L = Line("fhir_bulk_http")
    base = bulk_base()
    job = R.choice([ruuid(), rhex(24), rdigits(12)])
    src = private_ip()
    if not phi:
        k = R.randint(0, 4)
        if k == 0:
            types = ",".join(R.sample(BULK_TYPES, R.randint(2, 5)))
            since = (CLK.now - timedelta(days=R.randint(1, 30))).strftime("%Y-%m-%dT00:00:00Z")
            L.t(f"{src} - {R.choice(STAFF_USERS)} [{CLK.clf()}] \"GET /fhir/Group/{R.choice([ruuid(), 'grp-' + rdigits(5)])}/$export?_type={types}&_since={quote(since)}"
                f"&_outputFormat=application%2Ffhir%2Bndjson HTTP/1.1\" 202 0 \"-\" \"bulk-client/2.3.1\" content_location=\"{base}/$export-poll-status?_jobId={job}\"")
        elif k == 1:
            pre(L, "bulk-export").t(f"GET {base}/$export-poll-status?_jobId={job} -> 202 X-Progress=\"in-progress ({R.randint(1, 99)}%)\" Retry-After={R.choice([15, 60, 120])} attempt={R.randint(1, 40)}")
        elif k == 2:
            man = {"transactionTime": (CLK.now - timedelta(minutes=R.randint(3, 90))).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
                   "request": f"{base}/Group/{R.choice(['grp-' + rdigits(5), ruuid()])}/$export?_type=Patient,Coverage,Encounter",
                   "requiresAccessToken": True,
                   "output": [{"type": t, "url": f"{base}/bulkfiles/{job}/{t}-{i}.ndjson", "count": R.randint(1, 90000)}
                              for i, t in enumerate(R.sample(BULK_TYPES, R.randint(2, 5)), 1)],
                   "error": [{"type": "OperationOutcome", "url": f"{base}/bulkfiles/{job}/OperationOutcome-1.ndjson"}] if R.random() < 0.4 else []}
            d = json_env("bulk-export", "export complete", job_id=job, duration_s=R.randint(30, 7200))
            d["manifest"] = man
            L.j(d, **jopts())
        elif k == 3:
            pre(L, "bulk-export").t(f"downloaded {base}/bulkfiles/{job}/{R.choice(BULK_TYPES)}-{R.randint(1, 9)}.ndjson bytes={R.randint(10000, 900000000)} "
                                    f"lines={R.randint(10, 900000)} sha256={rhex(64)} elapsed={R.uniform(0.2, 300):.1f}s")
        else:
            oo = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": R.choice(["too-costly", "throttled", "exception"]),
                                                                  "diagnostics": R.choice(["Export request rejected: another export for this client is in progress",
                                                                                           "_typeFilter not supported for resource type Device",
                                                                                           f"Job {job} expired and was deleted"])}]}
            pre(L, "bulk-export", "ERROR").t(f"DELETE {base}/$export-poll-status?_jobId={job} -> 404 ").j(oo)
        return L
    k = R.randint(0, 2)
    if k == 0:
        pats = [Person() for _ in range(R.randint(1, 4))]
        params = {"resourceType": "Parameters", "parameter": [{"name": "_type", "valueString": "Patient,Coverage,ExplanationOfBenefit"}]
                  + [{"name": "patient", "valueReference": {"reference": M("Patient/", P(q.fhir_id, "mrn"))}} for q in pats]}
        pre(L, "bulk-export").t(f"POST {base}/Patient/$export Prefer=respond-async body=").j(params, **jopts())
    elif k == 1:
        p = Person()
        L.t(f"{src} - - [{CLK.clf()}] \"GET /fhir/Patient/$export?_type=Patient,Observation&_typeFilter=")
        L.t(quote(f"Patient?identifier={R.choice(MRN_SYS)}|", safe="")).x(urlq(p.mrn, "mrn"))
        L.t(f" HTTP/1.1\" 202 0 \"-\" \"python-requests/2.32.3\" rt={R.uniform(0.01, 0.4):.3f}")
    else:
        p = Person()
        oo = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing",
                                                              "diagnostics": M(R.choice(["Unable to export Coverage for Patient/", "Skipped Observation: subject Patient/",
                                                                                         "Invalid reference in Encounter.subject: Patient/"]), P(p.fhir_id, "mrn"),
                                                                               R.choice([": subscriberId missing", " not found", " (patient merged)"]))}]}
        L.t(f"{job}/OperationOutcome-1.ndjson:{R.randint(1, 400)} ").j(oo)
    return L


def f_ndjson(phi):
    L = Line("fhir_ndjson")
    o = {"ascii": R.random() < 0.2}
    pref = R.random() < 0.35

    def emit(res):
        if pref:
            L.t(f"{res['resourceType']}-{R.randint(1, 9)}.ndjson:{R.randint(1, 99999)}\t")
        return L.j(res, **o)
    if not phi:
        return emit(R.choice([fhir_practitioner, fhir_organization, fhir_location, fhir_medication])())
    p = Person(old=R.random() < 0.1)
    k = F("nd_k", R.choices(range(8), weights=[5, 3, 3, 4, 2, 2, 1, 1])[0])
    if k == 0:
        res = fhir_patient(p, rich=True, photo=F("photo", R.random() < 0.12), other=other_national_id(p) if F("other", R.random() < 0.2) else None,
                           contact=Person() if R.random() < 0.2 else None, ssn_id=F("ssn"), dl=F("dl"), fax=F("fax"))
    elif k == 1:
        res = fhir_coverage(p, subscriber=Person() if R.random() < 0.3 else None, display=R.random() < 0.3)
    elif k == 2:
        res = fhir_encounter(p, display=R.random() < 0.3)
    elif k == 3:
        res = fhir_observation(p, display=R.random() < 0.2, device=F("obs_device", R.random() < 0.2))
    elif k == 4:
        res = fhir_condition(p, display=R.random() < 0.3)
    elif k == 5:
        res = fhir_related(p, Person())
    elif k == 6:
        res = fhir_device(p)
    else:
        res = fhir_account(p, guarantor=Person() if R.random() < 0.5 else None)
    return emit(res)


def f_match(phi):
    L = Line("fhir_patient_match")
    base = fhir_base()
    if not phi:
        if R.random() < 0.5:
            b = {"resourceType": "Bundle", "id": ruuid(), "meta": {"lastUpdated": CLK.iso()}, "type": "searchset", "total": 0,
                 "link": [{"relation": "self", "url": base + "/Patient/$match"}]}
            pre(L, "mpi-match").t("POST /Patient/$match -> 200 ").j(b, **jopts())
        else:
            pre(L, "mpi-match").t(f"no candidates above threshold {R.choice([0.8, 0.85, 0.9])} (algorithm=probabilistic-v3 blocking_keys={R.randint(2, 5)} "
                                  f"candidates_scanned={R.randint(0, 400)} elapsed_ms={R.randint(5, 900)}) request_id={ruuid()}")
        return L
    p = Person(old=R.random() < 0.1)
    if R.random() < 0.5:
        idk = R.choice(["MB", "MR", None])
        pat = {"resourceType": "Patient", "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": idk}]},
                                                          "value": P(p.member, "health_plan") if idk == "MB" else P(p.mrn, "mrn")}] if idk else [],
               "name": [{"family": P(p.family, "name"), "given": [P(p.given, "name")]}], "gender": p.sex, "birthDate": P(p.dob.isoformat(), "date")}
        if not pat["identifier"]:
            del pat["identifier"]
        if R.random() < 0.5:
            pat["telecom"] = [{"system": "phone", "value": P(p.phone_s(), "phone")}]
        if R.random() < 0.5:
            pat["address"] = [{"line": [P(p.street, "address")], "city": P(p.city, "address"), "state": p.state, "postalCode": P(p.zip, "zip")}]
        params = {"resourceType": "Parameters", "parameter": [{"name": "resource", "resource": pat},
                                                               {"name": "onlyCertainMatches", "valueBoolean": R.choice([True, False])},
                                                               {"name": "count", "valueInteger": R.choice([1, 3, 5])}]}
        o = jopts()
        if R.random() < 0.5:
            pre(L, "mpi-match").t(f"POST {base}/Patient/$match body=").j(params, **o)
        else:
            d = json_env("mpi-match", "Patient/$match request", client_id=R.choice(SMART_APPS)[1])
            d["body"] = params
            L.j(d, **o)
        return L
    ents = []
    for i in range(R.randint(1, 2)):
        q = p if i == 0 else Person()
        ents.append({"fullUrl": P(f"{base}/Patient/{q.fhir_id}", "url"), "resource": fhir_patient(q, rich=False),
                     "search": {"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/match-grade", "valueCode": R.choice(["certain", "probable", "possible"])}],
                                "mode": "match", "score": round(R.uniform(0.6, 0.99), 2)}})
    b = {"resourceType": "Bundle", "id": ruuid(), "type": "searchset", "total": len(ents), "entry": ents}
    pre(L, "mpi-match").t("POST /Patient/$match -> 200 ").j(b, **jopts())
    return L


def f_everything(phi):
    L = Line("fhir_everything")
    base = fhir_base()
    path = "/" + base.split("/", 3)[3]
    if not phi:
        if R.random() < 0.5:
            L.t(f"{private_ip()} - - [{CLK.clf()}] \"GET {path}?_getpages={ruuid()}&_getpagesoffset={R.choice([50, 100, 200, 400])}&_count=50&_bundletype=searchset HTTP/1.1\" "
                f"200 {R.randint(20000, 900000)} \"-\" \"HAPI-FHIR/7.2.2 (FHIR Client; FHIR 4.0.1/R4; apache)\" {R.randint(40, 9000)}ms")
        else:
            pre(L, "fhir-proxy").t(f"GET {path}/Encounter/{rdigits(9, True)}/$everything?_count=100 -> 200 entries={R.randint(5, 400)} "
                                   f"bytes={R.randint(9000, 4000000)} upstream_ms={R.randint(90, 9000)} etag=W/\"{R.randint(1, 90)}\"")
        return L
    p = Person()
    k = R.randint(0, 2)
    if k == 0:
        qs = R.choice(["", "?_count=200", f"?start={rdate(2020, 2023).isoformat()}&_count=100", "?_type=Observation,Condition,MedicationRequest",
                       f"?_since={(CLK.now - timedelta(days=R.randint(1, 400))).strftime('%Y-%m-%dT00:00:00Z')}"])
        L.x(f"{private_ip()} - {R.choice(STAFF_USERS)} [{CLK.clf()}] \"GET {path}/Patient/", P(p.fhir_id, "mrn"),
            f"/$everything{qs} HTTP/1.1\" 200 {R.randint(40000, 9000000)} \"-\" \"{R.choice(UAS[3:])}\" {R.randint(200, 30000)}ms")
    elif k == 1:
        d = json_env("fhir-proxy", "$everything page fetched", entries=R.randint(50, 200), page=R.randint(1, 30))
        d["links"] = [{"relation": "self", "url": P(f"{base}/Patient/{p.fhir_id}/$everything?_count=200", "url")},
                      {"relation": "next", "url": P(f"{base}/Patient/{p.fhir_id}/$everything?_count=200&_offset={R.choice([200, 400, 600])}", "url")}]
        L.j(d, **jopts())
    else:
        pre(L, "fhir-proxy", "WARN").x("$everything for Patient/", P(p.fhir_id, "mrn"), " (", P(p.last_first(), "name"),
                                       f") truncated at {R.choice([1000, 5000])} resources; Observation count={R.randint(5000, 40000)}; consider _since/_type")
    return L


def f_subscription(phi):
    L = Line("fhir_subscription_notification")
    base = fhir_base()
    sub = f"{base}/Subscription/{R.choice(['admission', 'discharge', 'pas-pended-' + rdigits(4), ruuid()])}"
    topic = R.choice(["http://hl7.org/fhir/us/davinci-alerts/SubscriptionTopic/admission",
                      "http://hl7.org/fhir/us/davinci-pas/SubscriptionTopic/PASSubscriptionTopic",
                      "http://hl7.org/SubscriptionTopic/encounter-complete"])
    n = R.randint(1, 90000)

    def status(kind, events):
        params = [{"name": "subscription", "valueReference": {"reference": sub}}, {"name": "topic", "valueCanonical": topic},
                  {"name": "status", "valueCode": "active"}, {"name": "type", "valueCode": kind},
                  {"name": "events-since-subscription-start", "valueString": str(n)}] + events
        return {"fullUrl": "urn:uuid:" + ruuid(), "resource": {"resourceType": "Parameters", "id": ruuid(),
                "meta": {"profile": ["http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-subscription-status-r4"]},
                "parameter": params}}
    if not phi:
        kind = R.choice(["heartbeat", "handshake", "event-notification"])
        events = []
        if kind == "event-notification":
            events = [{"name": "notification-event", "part": [{"name": "event-number", "valueString": str(n)},
                                                                {"name": "timestamp", "valueInstant": CLK.iso()},
                                                                {"name": "focus", "valueReference": {"reference": "Encounter/" + rdigits(9, True)}}]}]
        b = {"resourceType": "Bundle", "id": ruuid(), "type": "history", "timestamp": CLK.iso(), "entry": [status(kind, events)]}
        if R.random() < 0.5:
            pre(L, "subs-dispatcher").t(f"POST https://hooks.riverbend.health/fhir/notify -> {R.choice([200, 202, 204, 503])} payload=").j(b, **jopts())
        else:
            pre(L, "subs-dispatcher").t(f"subscription={sub} type={kind} events_since_start={n} endpoint=rest-hook delivery_ms={R.randint(10, 3000)} attempt={R.randint(1, 5)}")
        return L
    p = Person()
    enc = fhir_encounter(p, display=R.random() < 0.4)
    events = [{"name": "notification-event", "part": [{"name": "event-number", "valueString": str(n)},
                                                        {"name": "timestamp", "valueInstant": CLK.iso()},
                                                        {"name": "focus", "valueReference": {"reference": "Encounter/" + enc["id"]}},
                                                        {"name": "additional-context", "valueReference": {"reference": M("Patient/", P(p.fhir_id, "mrn"))}}]}]
    b = {"resourceType": "Bundle", "id": ruuid(), "type": "history", "timestamp": CLK.iso(), "entry": [status("event-notification", events)]}
    if R.random() < 0.6:
        b["entry"].append({"fullUrl": f"{base}/Encounter/{enc['id']}", "resource": enc, "request": {"method": "PUT", "url": "Encounter/" + enc["id"]}})
    o = jopts()
    if R.random() < 0.5:
        pre(L, "subs-dispatcher").t(f"POST https://hooks.{R.choice(['riverbend.health', 'northwindhealth.com', 'hie-connect.org'])}/fhir/notify -> 200 payload=").j(b, **o)
    else:
        d = json_env("subs-dispatcher", "notification delivered", subscription=sub)
        d["bundle"] = b
        L.j(d, **o)
    return L


# --------------------------------------------------------------------------
# families: Epic and Oracle Health (Cerner) API gateways
# --------------------------------------------------------------------------
def epic_prefix(L, level="INFO"):
    d = CLK.tick() - timedelta(hours=5)
    L.t(f"{d.strftime('%Y-%m-%d %H:%M:%S')}.{d.microsecond // 1000:03d} -0500|{level}|IC-PRD-WEB{R.randint(1, 8):02d}|"
        f"{R.choice(['Epic.Interconnect.FHIR', 'Epic.Interconnect.Web', 'Epic.OAuth2'])}|req={rhex(8)}-{rhex(4)}|client_id={R.choice(SMART_APPS)[1]}|")
    return L


def f_epic(phi):
    L = Line("epic_interconnect_gw")
    root = R.choice(["/interconnect-prd-fhir/api/FHIR/R4", "/FHIRProxy/api/FHIR/R4", "/interconnect-aocurprd-oauth/api/FHIR/R4"])
    if not phi:
        k = R.randint(0, 4)
        if k == 0:
            epic_prefix(L).t(f"GET {root}/metadata?_format=json|200|{R.randint(40, 900)}ms|bytes={R.randint(80000, 300000)}")
        elif k == 1:
            epic_prefix(L).t(f"GET {root}/Practitioner?identifier=http%3A%2F%2Fhl7.org%2Ffhir%2Fsid%2Fus-npi%7C{npi()}|200|{R.randint(40, 900)}ms|bytes={R.randint(900, 5000)}")
        elif k == 2:
            epic_prefix(L, "WARN").t(f"POST {root.rsplit('/api', 1)[0]}/oauth2/token|429|{R.randint(1, 9)}ms|quota=1000/min|retry_after={R.randint(1, 60)}s")
        elif k == 3:
            epic_prefix(L).t(f"GET {root}/Location?organization={rdigits(6, True)}&_count=50|200|{R.randint(40, 900)}ms|bytes={R.randint(900, 50000)}|etag=W/\"{R.randint(1, 300)}\"")
        else:
            epic_prefix(L).t(f"GET {root}/Encounter/{epic_fhir_id()}|200|{R.randint(40, 900)}ms|bytes={R.randint(900, 5000)}|csn={rdigits(10, True)}")
        return L
    p = Person(old=R.random() < 0.08)
    k = F("epic_k", R.randint(0, 5))
    if F("nonascii"):
        p.family = R.choice([x for x in SURNAMES if not x.isascii()])
        p.given = R.choice([x for x in GIVEN_F + GIVEN_M if not x.isascii()])
    if k == 0:
        epic_prefix(L).t(f"GET {root}/Patient?family=").x(urlq(p.family, "name", plus=R.random() < 0.5)).t("&given=").x(urlq(p.given, "name", plus=R.random() < 0.5))
        L.t("&birthdate=").x(P(p.dob.isoformat(), "date"))
        if R.random() < 0.4:
            L.t("&telecom=").x(urlq(fmt_phone(p.phone, R.choice([1, 4])), "phone"))
        if R.random() < 0.3:
            L.t("&address-postalcode=").x(P(p.zip, "zip"))
        L.t(f"|200|{R.randint(40, 2500)}ms|bytes={R.randint(900, 30000)}|matches={R.randint(0, 3)}")
    elif k == 1:
        epic_prefix(L).x(f"GET {root}/Patient/", P(p.fhir_id, "mrn"), f"|200|{R.randint(40, 900)}ms|bytes={R.randint(2000, 9000)}")
    elif k == 2:
        epic_prefix(L).t(f"GET {root}/Patient?identifier=").t(R.choice(["MRN%7C", "EPI%7C", "urn%3Aoid%3A1.2.840.114350.1.13.0.1.7.5.737384.14%7C"])).x(
            urlq(p.mrn, "mrn"), f"|200|{R.randint(40, 900)}ms|bytes={R.randint(2000, 9000)}")
    elif k == 3:
        body = {"PatientID": P(p.mrn, "mrn"), "PatientIDType": R.choice(["EPI", "MRN", "CEID"]), "UserID": "1", "UserIDType": "EXTERNAL"}
        epic_prefix(L).t(f"POST /interconnect-prd-web/api/epic/2015/Common/Patient/GetPatientIdentifiers/Patient/Identifiers|200|{R.randint(40, 900)}ms|body=").j(body)
    elif k == 4:
        epic_prefix(L).x(f"GET {root}/Coverage?patient=", P(p.fhir_id, "mrn"), f"&_include=Coverage:payor|200|{R.randint(40, 900)}ms|entries={R.randint(1, 3)}")
    else:
        pats = {"Patient": {"Name": {"First": P(p.given, "name"), "Last": P(p.family, "name")},
                            "DOB": P(p.dob.strftime("%m/%d/%Y"), "date"), "SSN": P(p.ssn, "ssn") if R.random() < 0.5 else "",
                            "HomePhone": P(p.phone_s(1), "phone"), "Email": P(p.email, "email") if R.random() < 0.6 else None,
                            "Address": {"Street": P(p.street, "address"), "City": P(p.city, "address"), "State": p.state, "Zip": P(p.zip, "zip")}}}
        if pats["Patient"]["Email"] is None:
            del pats["Patient"]["Email"]
        if F("dl", R.random() < 0.35):
            st = p.state if p.state in DL_OID else R.choice(list(DL_OID))
            pats["Patient"]["DriversLicense"] = {"Number": P(driver_license(st), "license"), "State": st}
        epic_prefix(L).t(f"POST /interconnect-prd-web/api/epic/2010/Common/Patient/PatientLookup|200|{R.randint(40, 1400)}ms|body=").j(pats)
    return L


def f_cerner(phi):
    L = Line("oracle_health_gw_json")
    tenant = R.choice(["ec2458f2-1e24-41c8-b71b-0e701af7583d", "7c3f1b2e-9a41-4d0e-8f55-2c6f0b9e1a77", ruuid()])
    rec = {"timestamp": CLK.iso(), "level": "INFO", "gateway": R.choice(["fhir-ehr", "fhir-myrecord", "authorization"]), "tenant": tenant}
    status = R.choice([200, 200, 200, 200, 304, 404])
    if not phi:
        path = R.choice([f"/r4/{tenant}/Practitioner/{rdigits(8, True)}", f"/r4/{tenant}/metadata", f"/r4/{tenant}/Location?identifier={rdigits(6)}",
                         f"/r4/{tenant}/Organization/{rdigits(6, True)}", f"/r4/{tenant}/.well-known/smart-configuration",
                         f"/r4/{tenant}/Encounter/{rdigits(8, True)}", f"/r4/{tenant}/ValueSet/$expand?url=http://hl7.org/fhir/ValueSet/c80-practice-codes"])
        rec.update({"method": "GET", "path": path})
    else:
        p = Person()
        k = R.randint(0, 4)
        if k == 0:
            path = M(f"/r4/{tenant}/Patient/", P(p.fhir_id, "mrn"))
        elif k == 1:
            path = M(f"/r4/{tenant}/Patient?phone=", urlq(fmt_phone(p.phone, R.choice([0, 1, 4])), "phone"))
        elif k == 2:
            path = M(f"/r4/{tenant}/Patient?email=", urlq(p.email, "email"))
        elif k == 3:
            path = M(f"/r4/{tenant}/Patient?name=", urlq(p.family, "name"), "&birthdate=", P(p.dob.isoformat(), "date"), "&gender=" + p.sex)
        else:
            path = M(f"/r4/{tenant}/{R.choice(['Observation', 'Condition', 'MedicationRequest', 'Encounter'])}?patient=", P(p.fhir_id, "mrn"),
                     R.choice(["", "&category=laboratory", "&clinical-status=active", "&_count=100"]))
        rec.update({"method": "GET", "path": path})
    rec.update({"status": status, "latency_ms": R.randint(12, 4000), "response_bytes": R.randint(300, 200000),
                "client_id": R.choice(SMART_APPS)[1], "principal": R.choice(["system", "Practitioner/" + rdigits(8, True), R.choice(STAFF_USERS)]),
                "correlation_id": ruuid(), "opc-request-id": rhex(32).upper() + "/" + rhex(32).upper(),
                "remote_addr": private_ip(), "user_agent": R.choice(UAS[3:])})
    L.j(rec, **jopts())
    return L


# --------------------------------------------------------------------------
# family: integration-service errors
# --------------------------------------------------------------------------
def f_errors(phi):
    L = Line("integration_error")
    cls = R.choice(["c.r.integ.fhir.PatientMapper", "c.r.integ.crd.CoverageValidator", "c.r.integ.mpi.DuplicateDetector",
                    "o.i.bulk.NdjsonLoader", "c.r.integ.addr.UspsNormalizer", "c.r.integ.smart.IdTokenVerifier"])
    thread = R.choice(["main", "bulk-loader-3", "kafka-consumer-fhir-0", "ForkJoinPool.commonPool-worker-7", f"http-nio-8443-exec-{R.randint(1, 40)}"])
    ts = CLK.any()
    if not phi:
        k = R.randint(0, 6)
        if k == 0:
            L.t(f"\tat {R.choice(['ca.uhn.fhir.parser.JsonParser.doParseResource(JsonParser.java:1183)', 'ca.uhn.fhir.rest.client.impl.BaseClient.invokeClient(BaseClient.java:436)', 'org.integ.bulk.NdjsonLoader.loadLine(NdjsonLoader.java:212)', 'java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)', 'org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:915)'])}")
        elif k == 1:
            L.t("Caused by: " + R.choice(["java.net.SocketTimeoutException: Read timed out", "javax.net.ssl.SSLHandshakeException: PKIX path building failed",
                                          "com.fasterxml.jackson.core.JsonParseException: Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
                                          "java.lang.IllegalStateException: Connection pool shut down"]))
        elif k == 2:
            L.t(f"{ts} ERROR [{thread}] {cls} - HAPI-1861: Failed to parse JSON encoded FHIR content: Unexpected end-of-input: expected close marker for OBJECT "
                f"(start marker at [Source: UNKNOWN; line: 1, column: 1]) file={ruuid()}/Observation-{R.randint(1, 9)}.ndjson line={R.randint(1, 90000)}")
        elif k == 3:
            L.t(f"{ts} WARN  [{thread}] {cls} - Bundle.entry[{R.randint(0, 40)}].resource.code: None of the codings provided are in the value set 'LOINC Codes' "
                f"(http://hl7.org/fhir/ValueSet/observation-codes|4.0.1) (codes = http://loinc.org#{R.choice(LOINC)[0]}x)")
        elif k == 4:
            L.t(f"{ts} ERROR [{thread}] {cls} - circuit breaker OPEN for https://crd.northwindhealth.com/r4/cds-services (failures={R.randint(5, 50)}/{R.randint(50, 100)}, "
                f"window=60s) next_attempt={CLK.iso(ms=False)}")
        elif k == 5:
            L.t(f"Traceback (most recent call last):  File \"/app/fhir_bulk/ndjson.py\", line {R.randint(40, 400)}, in parse_line    res = Resource.parse_obj(obj)  "
                f"pydantic.error_wrappers.ValidationError: 1 validation error for Coverage  period -> start  invalid date format (type=value_error.date)")
        else:
            L.t(f"{ts} ERROR [{thread}] {cls} - Condition code {R.choice(CONDS)[2]} maps to SNOMED {R.choice(CONDS)[0]} but ICD-10-CM code set version 2025 "
                f"is not loaded (terminology server https://tx.fhir.org/r4 returned 422) encounter={rdigits(9, True)}")
        return L
    p = Person(old=R.random() < 0.1)
    k = F("err_k", R.randint(0, 8))
    cls = ["c.r.integ.fhir.PatientMapper", "c.r.integ.mpi.DuplicateDetector", "c.r.integ.crd.CoverageValidator", "o.i.bulk.NdjsonLoader",
           "c.r.integ.addr.UspsNormalizer", "c.r.integ.fhir.TelecomNormalizer", "c.r.integ.mpi.IdentifierValidator",
           "c.r.integ.smart.IdTokenVerifier", "c.r.integ.pas.PendedClaimMonitor"][k]
    L.t(f"{ts} {R.choice(['ERROR', 'WARN ', 'ERROR'])} [{thread}] {cls} - ")
    if k == 0:
        L.x("Cannot map Patient/", P(p.fhir_id, "mrn"), ": birthDate '", P(fmt_date(p.dob, R.choice([1, 2, 3])), "date"), "' is not a valid FHIR date (expected YYYY-MM-DD); MRN=", P(p.mrn, "mrn"))
    elif k == 1:
        q = Person()
        L.x("Possible duplicate: ", P(p.last_first(), "name"), " (MRN ", P(p.mrn, "mrn"), ", DOB ", P(fmt_date(p.dob, 1), "date"), ") vs ",
            P(q.last_first(), "name"), " (MRN ", P(q.mrn, "mrn"), f") score={R.uniform(0.8, 0.97):.2f} rule=FN_LN_DOB_ZIP")
    elif k == 2:
        L.x("Coverage.subscriberId '", P(p.member, "health_plan"), f"' does not match payer pattern for {p.payer_key} (beneficiary Patient/", P(p.fhir_id, "mrn"), ")")
    elif k == 3:
        snippet = jseg({"resourceType": "Patient", "name": [{"family": P(p.family, "name"), "given": [P(p.given, "name")]}], "birthDate": P(p.dob.isoformat(), "date")})
        L.t("HAPI-0450: Failed to parse JSON encoded FHIR content: Unrecognized token 'Infinity' near '").s(snippet).t(f"...' (line 1, column {R.randint(100, 800)})")
    elif k == 4:
        L.x("USPS lookup failed for '", P(p.street, "address"), ", ", P(p.city, "address"), f" {p.state} ", P(p.zip, "zip"), "': address not found (DPV=N) resource=Patient/", P(p.fhir_id, "mrn"))
    elif k == 5:
        rel = Person()
        L.x("invalid NANP number '", P(fmt_phone(rel.phone, R.choice([1, 3, 4])), "phone"), f"' on RelatedPerson/{rdigits(6, True)} (", P(rel.full(), "name"), ") for patient ", P(p.mrn, "mrn"))
    elif k == 6:
        L.x("ValueError: SSN checksum/area validation failed for patient ", P(p.mrn, "mrn"), ": '", P(p.ssn, "ssn"), "' (area group serial parsed ok, issuing state lookup failed)")
    elif k == 7:
        L.x("id_token email <", P(p.email, "email"), "> does not match portal account for Patient/", P(p.fhir_id, "mrn"), f"; rejecting launch (iss={fhir_base()})")
    else:
        L.x("PAS pended > 72h: Claim/", ruuid(), " for ", P(p.full(), "name"), " member ", P(p.member, "health_plan"), " service date ",
            P(fmt_date(rdate(2024, 2024), R.choice([0, 1])), "date"), f" (payer {p.payer}, preAuthRef PA{rdigits(10)})")
    return L


# --------------------------------------------------------------------------
# families: patient-facing app audit, OpenTelemetry spans, FHIR AuditEvent
# --------------------------------------------------------------------------
def f_patient_app(phi):
    L = Line("patient_app_audit")
    app_v = f"5.{R.randint(8, 14)}.{R.randint(0, 9)}"
    dev_model = R.choice(["iPhone15,3", "iPhone14,7", "SM-S918U", "Pixel 8", "moto g stylus 5G", "iPad13,18"])
    osv = R.choice(["iOS 17.6.1", "iOS 18.0", "Android 14", "Android 13", "iPadOS 17.5"])
    sess = ruuid()
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            d = {"event": "app.heartbeat", "ts": CLK.iso(), "app_version": app_v, "build": int(app_v.replace(".", "") + "031"), "device_model": dev_model,
                 "os": osv, "session_id": sess, "feature_flags": R.sample(["dtr_inline", "bulk_v2", "new_banner", "pas_status", "dark_mode"], 2),
                 "latency_ms": {"p50": R.randint(40, 300), "p95": R.randint(300, 3000)}}
        elif k == 1:
            d = {"event": "payment.copay.submitted", "ts": CLK.iso(), "session_id": sess, "amount": {"value": R.choice([20, 25, 40, 75.5, 150]), "currency": "USD"},
                 "card": {"brand": R.choice(["visa", "mastercard", "amex"]), "masked": "************" + rdigits(4), "exp": f"{R.randint(1, 12):02d}/{R.randint(25, 30)}"},
                 "processor": "stripe", "processor_ref": "pi_" + ralnum(24), "merchant_phone": R.choice(ORGS)[1]}
        elif k == 2:
            d = {"event": "push.delivered", "ts": CLK.iso(), "message_id": ruuid(), "template": R.choice(["appt_reminder_v3", "new_result_v2", "bill_ready"]),
                 "provider": R.choice(["apns", "fcm"]), "ttl_s": 86400, "app_version": app_v}
        else:
            d = {"event": "auth.mfa.challenge", "ts": CLK.iso(), "session_id": sess, "method": R.choice(["totp", "sms", "webauthn"]), "result": R.choice(["pass", "fail", "timeout"]),
                 "rp_id": "myhealth.riverbend.health", "client_ip": private_ip(), "risk_score": round(R.random(), 3)}
        return L.j(d, **jopts())
    p = Person()
    k = F("app_k", R.choices(range(9), weights=[3, 3, 2, 3, 3, 3, 3, 1, 2])[0])
    d = {"event": None, "ts": CLK.iso(), "session_id": sess, "patient_id": P(p.fhir_id, "mrn") if R.random() < 0.7 else None}
    if d["patient_id"] is None:
        del d["patient_id"]
    if k == 0:
        d["event"] = "auth.login.success"
        d["client_ip"] = P(R.choice([public_ip(), public_ip(), public_ip6()]), "ip")
        d["geo"] = {"country": "US", "region": p.state, "city": P(p.city, "address")}
        d["device"] = {"model": dev_model, "os": osv, "app_version": app_v}
        if R.random() < 0.5:
            d["username"] = P(p.email, "email")
    elif k == 1:
        d["event"] = "payment.copay.submitted"
        cn = card_number()
        d["amount"] = {"value": R.choice([20, 25, 40, 75.5, 150]), "currency": "USD"}
        d["card"] = {"number": P(fmt_card(cn), "account"), "exp": f"{R.randint(1, 12):02d}/{R.randint(25, 30)}",
                     "holder": P(R.choice([p.full(), p.full().upper()]), "name"), "billing_zip": P(p.zip[:5], "zip")}
        d["guarantor_account"] = P(p.acct, "account")
    elif k == 2:
        d["event"] = "payment.ach.enrolled"
        if R.random() < 0.7:
            d["bank"] = {"routing": R.choice(["011000138", "021000021", "026009593", "121000358", "071000013"]), "account": P(rdigits(R.randint(8, 12), True), "account"),
                         "type": R.choice(["checking", "savings"]), "holder": P(p.full(), "name")}
        else:
            d["bank"] = {"iban": P(iban_de(), "account"), "bic": R.choice(["DEUTDEFFXXX", "COBADEFFXXX"]), "holder": P(p.full(), "name")}
    elif k == 3:
        d["event"] = "identity.biometric.enrolled"
        mod, vendor, fmt = R.choice([("face", "FaceTec", "FaceMap-v9"), ("face", "IDEMIA", "ISO/IEC 19794-5"),
                                     ("voice", "Nuance Gatekeeper", "proprietary-v3"), ("fingerprint", "IDEMIA", "ISO/IEC 19794-2")])
        tmpl = base64.b64encode(R.randbytes(R.randint(180, 520))).decode() if mod != "fingerprint" else rhex(R.choice([128, 256]))
        d["biometric"] = {"modality": mod, "vendor": vendor, "template_format": fmt,
                          "template": P(tmpl, "biometric"), "quality": round(R.uniform(0.5, 1), 2)}
        if F("natid", R.random() < 0.25):
            idn = other_national_id(p)
            d["id_document"] = {"type": "national_id", "issuer": {"CPF": "BRA", "CURP": "MEX", "Canadian SIN": "CAN"}[idn["type"]["text"]],
                                "number": idn["value"]}
        elif R.random() < 0.5:
            st = p.state if p.state in DL_OID else R.choice(list(DL_OID))
            d["id_document"] = {"type": "drivers_license", "issuer": st, "number": P(driver_license(st), "license"), "verified": True}
    elif k == 4:
        d["event"] = "profile.photo.updated"
        d["image"] = P("data:image/jpeg;base64," + jpeg_b64(), "photo")
        d["source"] = R.choice(["camera", "library"])
    elif k == 5:
        d["event"] = "device.paired"
        kind, vendor = R.choice([("glucometer", "Ascensia Contour"), ("bp_cuff", "Omron"), ("pulse_ox", "Masimo"), ("cgm", "Dexcom"), ("scale", "Withings")])
        d["peripheral"] = {"type": kind, "vendor": vendor, "ble_mac": P(mac(), "device"),
                           "serial": P(ralnum(R.choice([9, 10, 12]), string.ascii_uppercase + string.digits), "device")}
        if R.random() < 0.5:
            d["phone_imei"] = P(imei(), "device")
    elif k == 6:
        d["event"] = "profile.contact.updated"
        ch = F("changes", R.sample(["phone", "email", "address", "fax", "emergency_contact"], R.randint(1, 3)))
        d["changes"] = {}
        if "phone" in ch:
            d["changes"]["mobile_phone"] = {"old": P(p.phone_s(), "phone"), "new": P(fmt_phone(p.phone2), "phone")}
        if "email" in ch:
            d["changes"]["email"] = {"new": P(p.email, "email")}
        if "address" in ch:
            d["changes"]["address"] = {"line1": P(p.street, "address"), "city": P(p.city, "address"), "state": p.state, "zip": P(p.zip, "zip")}
        if "fax" in ch:
            d["changes"]["statement_fax"] = {"new": P(fmt_phone(phone_digits()), "fax")}
        if "emergency_contact" in ch:
            rel = Person()
            d["changes"]["emergency_contact"] = {"name": P(rel.full(), "name"), "relationship": R.choice(["spouse", "daughter", "son", "friend", "mother"]),
                                                 "phone": P(rel.phone_s(), "phone")}
    elif k == 8:
        d["event"] = "parking.validation.applied"
        st = R.choice(CITIES)[2]
        d["vehicle"] = {"plate": P(plate(), "vehicle"), "plate_state": st, "make": R.choice(["Toyota", "Honda", "Ford", "Hyundai", "Subaru"])}
        if R.random() < 0.3:
            d["vehicle"]["vin"] = P(vin(), "vehicle")
        d["garage"] = R.choice(["Garage B - Level 3", "Visitor Lot 2", "ED Parking"])
        d["appointment_date"] = P(fmt_date(TODAY, 0), "date")
    else:
        d["event"] = "proxy.access.granted"
        g = Person()
        d["proxy"] = {"name": P(g.full(), "name"), "email": P(g.email, "email"), "relationship": R.choice(["parent", "guardian", "adult child"])}
        d["minor"] = {"name": P(p.given, "name"), "dob": P(fmt_date(Person(minor=True).dob, R.choice([0, 1])), "date")}
    return L.j(d, **jopts())


def f_otel(phi):
    L = Line("otel_span_json")
    base = fhir_base()
    t0 = int(CLK.tick().timestamp() * 1e9)
    attrs = [{"key": "http.method", "value": {"stringValue": "GET"}}, {"key": "net.peer.ip", "value": {"stringValue": private_ip()}},
             {"key": "enduser.id", "value": {"stringValue": R.choice(STAFF_USERS)}}]
    if phi:
        p = Person()
        route = R.choice(["/Patient/{id}", "/Patient/{id}/$everything", "/Coverage"])
        if route == "/Coverage":
            url = f"{base}/Coverage?beneficiary=Patient/{p.fhir_id}&status=active"
        else:
            url = f"{base}{route.replace('{id}', p.fhir_id)}"
        attrs += [{"key": "http.url", "value": {"stringValue": P(url, "url")}}, {"key": "http.route", "value": {"stringValue": route}}]
        if R.random() < 0.5:
            attrs.append({"key": "db.statement", "value": {"stringValue": M("SELECT res_id, res_ver FROM hfj_resource WHERE res_type = 'Patient' AND mrn = '", P(p.mrn, "mrn"), "'")}})
        if R.random() < 0.3:
            attrs.append({"key": "fhir.patient.id", "value": {"stringValue": P(p.fhir_id, "mrn")}})
    else:
        route = R.choice(["/metadata", "/Practitioner/{id}", "/Organization", "/$export-poll-status", "/Encounter/{id}"])
        url = f"{base}{route.replace('{id}', rdigits(8, True))}"
        attrs += [{"key": "http.url", "value": {"stringValue": url}}, {"key": "http.route", "value": {"stringValue": route}}]
    span = {"traceId": trace_id(), "spanId": span_id(), "parentSpanId": span_id() if R.random() < 0.7 else "", "name": "GET " + route,
            "kind": R.choice(["SPAN_KIND_SERVER", "SPAN_KIND_CLIENT"]), "startTimeUnixNano": str(t0), "endTimeUnixNano": str(t0 + R.randint(10 ** 6, 9 * 10 ** 9)),
            "attributes": attrs + [{"key": "http.status_code", "value": {"intValue": str(R.choice([200, 200, 404, 500]))}}],
            "status": {"code": R.choice(["STATUS_CODE_OK", "STATUS_CODE_UNSET"])},
            "resource": {"service.name": R.choice(["fhir-proxy", "cds-hooks", "bulk-export"]), "service.version": f"2.{R.randint(0, 20)}.{R.randint(0, 9)}", "k8s.pod.name": host()}}
    return L.j(span, **jopts())


def f_audit(phi):
    L = Line("fhir_auditevent")
    clin = Clin()
    ae = {"resourceType": "AuditEvent", "id": ruuid(),
          "type": {"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110110", "display": "Patient Record"},
          "subtype": [{"system": "http://hl7.org/fhir/restful-interaction", "code": R.choice(["read", "search-type", "vread"])}],
          "action": R.choice(["R", "E"]), "recorded": CLK.iso(), "outcome": "0"}
    if not phi:
        ae["type"] = {"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "110114", "display": "User Authentication"}
        ae["subtype"] = [{"system": "http://dicom.nema.org/resources/ontology/DCM", "code": R.choice(["110122", "110123"]), "display": R.choice(["Login", "Logout"])}]
        ae["agent"] = [{"who": {"identifier": {"system": "urn:oid:2.16.840.1.113883.4.6", "value": clin.npi}, "display": clin.disp()}, "requestor": True,
                        "network": {"address": private_ip(), "type": "2"}, "altId": R.choice(STAFF_USERS)}]
        ae["source"] = {"site": R.choice(ORGS)[0], "observer": {"display": host()}, "type": [{"code": "4"}]}
        return L.j(ae, **jopts())
    p = Person()
    if not F("patient_agent", R.random() >= 0.6):
        ae["agent"] = [{"who": {"reference": "Practitioner/" + clin.id, "display": clin.disp()}, "requestor": True,
                        "network": {"address": private_ip(), "type": "2"}}]
    else:
        ae["agent"] = [{"who": {"reference": M("Patient/", P(p.fhir_id, "mrn")), "display": P(p.full(), "name")}, "requestor": True,
                        "network": {"address": P(public_ip(), "ip"), "type": "2"}}]
    ae["source"] = {"site": R.choice(ORGS)[0], "observer": {"display": host()}}
    ae["entity"] = [{"what": {"reference": M("Patient/", P(p.fhir_id, "mrn"))}, "type": {"system": "http://terminology.hl7.org/CodeSystem/audit-entity-type", "code": "1"},
                     "role": {"system": "http://terminology.hl7.org/CodeSystem/object-role", "code": "1"}}]
    if R.random() < 0.4:
        ae["entity"].append({"what": {"identifier": {"value": P(p.mrn, "mrn")}}, "description": "MRN"})
    return L.j(ae, **jopts())


# --------------------------------------------------------------------------
# wrappers (container runtime / syslog relays) applied to some lines
# --------------------------------------------------------------------------
def wrap_k8s(inner):
    L = Line("k8s_json:" + inner.fam)
    L.t('{"log":"').s(smap(inner.segs, jesc)).t('\\n","stream":"' + R.choice(["stdout", "stderr"]) + '","time":"' + CLK.iso() + '"}')
    return L


def wrap_logfmt(inner):
    L = Line("logfmt_relay:" + inner.fam)
    L.t(f"time={CLK.iso()} level=info source={host()} app={R.choice(['fluent-bit', 'vector', 'promtail'])} msg=\"").s(smap(inner.segs, logfmt_q)).t(
        f"\" bytes={sum(len(t.encode()) for t, _ in inner.segs)}")
    return L


FAMILIES = [  # (function, weight for PHI lines, weight for clean lines)
    (f_cds_request, 8, 5), (f_cds_response, 6, 5), (f_smart_access, 5, 6), (f_smart_ctx, 5, 5),
    (f_smart_token, 4, 4), (f_crd, 5, 5), (f_dtr, 4, 5), (f_pas, 6, 5), (f_bulk_http, 4, 10),
    (f_ndjson, 13, 6), (f_match, 5, 3), (f_everything, 4, 4), (f_subscription, 5, 5),
    (f_epic, 8, 8), (f_cerner, 8, 8), (f_errors, 8, 11), (f_patient_app, 14, 5), (f_otel, 3, 3), (f_audit, 3, 3)]


FORCED = [  # (count, family, forced variant) -- guarantees rare categories
    (5, f_patient_app, {"app_k": 4}), (3, f_ndjson, {"nd_k": 0, "photo": True}),
    (6, f_patient_app, {"app_k": 3}),
    (4, f_ndjson, {"nd_k": 0, "fax": True}), (3, f_patient_app, {"app_k": 6, "changes": ["fax", "phone"]}),
    (4, f_ndjson, {"nd_k": 0, "dl": True}), (3, f_epic, {"epic_k": 5, "dl": True}),
    (4, f_ndjson, {"nd_k": 0, "other": True}), (3, f_patient_app, {"app_k": 3, "natid": True}),
    (4, f_cds_response, {"old": True, "sum_i": 0}), (3, f_dtr, {"old": True, "age_item": True}),
    (3, f_smart_ctx, {"old": True, "ctx_k": 2}),
    (3, f_pas, {"pas_k": 1}), (3, f_patient_app, {"app_k": 8}),
    (3, f_patient_app, {"app_k": 1}), (2, f_patient_app, {"app_k": 2}), (3, f_ndjson, {"nd_k": 7}),
    (3, f_ndjson, {"nd_k": 0, "ssn": True}), (2, f_errors, {"err_k": 6}),
    (3, f_audit, {"patient_agent": True}), (3, f_smart_access, {}),
    (3, f_epic, {"epic_k": 0, "nonascii": True}),
    (4, f_patient_app, {"app_k": 5}), (3, f_ndjson, {"nd_k": 6}), (2, f_ndjson, {"nd_k": 3, "obs_device": True}),
]


# --------------------------------------------------------------------------
# build, write, verify
# --------------------------------------------------------------------------
def build():
    R.seed(SEED)
    CLK.__init__()
    plan = [False] * N_CLEAN + [True] * (N_LINES - N_CLEAN)
    R.shuffle(plan)
    forced = []
    for n, fn, kw in FORCED:
        forced += [(fn, kw)] * n
    jobs = forced + [None] * (plan.count(True) - len(forced))
    R.shuffle(jobs)
    out = []
    for phi in plan:
        FORCE.clear()
        job = jobs.pop() if phi else None
        if job:
            fn = job[0]
            FORCE.update(job[1])
        else:
            weights = [wp if phi else wc for _, wp, wc in FAMILIES]
            fn = R.choices([f for f, _, _ in FAMILIES], weights=weights)[0]
        before = Person.count
        L = fn(phi)
        FORCE.clear()
        if not phi:
            assert Person.count == before, f"{fn.__name__} drew a person for a no-PHI line"
        r = R.random()
        if r < 0.06:
            L = wrap_k8s(L)
        elif r < 0.09:
            L = wrap_logfmt(L)
        assert L.has_phi() == phi, (fn.__name__, phi)
        b, spans = L.render()
        assert len(b) <= MAX_LINE, (fn.__name__, len(b))
        out.append((L.fam, b, spans))
    return out


def write(out):
    log_path = os.path.join(HERE, "bn.log")
    lab_path = os.path.join(HERE, "bn.labels.jsonl")
    with open(log_path, "wb") as f:
        for _, b, _ in out:
            f.write(b + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for i, (fam, _, spans) in enumerate(out, 1):
            rec = {"line": i, "family": fam, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return log_path, lab_path


def verify(out, log_path, lab_path):
    import ipaddress
    import re
    data = open(log_path, "rb").read()
    assert data.endswith(b"\n") and b"\r" not in data
    lines = data.split(b"\n")[:-1]
    assert len(lines) == N_LINES, len(lines)
    labels = [json.loads(x) for x in open(lab_path, encoding="utf-8").read().split("\n") if x]
    assert len(labels) == N_LINES
    for i, (line, lab, (fam, b, spans)) in enumerate(zip(lines, labels, out), 1):
        assert lab["line"] == i and lab["family"] == fam
        assert line == b and len(line) <= MAX_LINE
        line.decode("utf-8")
        assert len(lab["spans"]) == len(spans)
        prev_end = 0
        for sp, (s, e, c, val) in zip(lab["spans"], spans):
            assert (sp["s"], sp["e"], sp["cat"]) == (s, e, c)
            assert c in CATS and 0 <= s < e <= len(line)
            assert s >= prev_end, ("overlap", i)
            prev_end = e
            # the bytes at [s:e] are exactly the value meant to be labeled
            assert line[s:e] == val, (i, line[s:e], val)
            v = val.decode("utf-8")
            assert v == v.strip(), (i, v)
            if c == "ip":
                assert ipaddress.ip_address(v).is_global, v
            if c == "ssn":
                m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", v)
                assert m and m.group(1) not in ("000", "666") and int(m.group(1)) < 900 and m.group(2) != "00" and m.group(3) != "0000", v
            if c == "zip":
                assert re.fullmatch(r"\d{5}(-?\d{4})?", v), v
            if c == "age":
                assert int(v) > 89, v
            if c == "vehicle" and len(v) == 17 and v.isalnum():
                total = sum(VIN_MAP[ch] * w for ch, w in zip(v, VIN_W)) % 11
                assert v[8] == ("X" if total == 10 else str(total)), v
            if c == "account" and re.fullmatch(r"[\d -]{15,19}", v):
                assert luhn_ok(v.replace(" ", "").replace("-", "")), v
            if c in ("phone", "fax"):
                digits = re.sub(r"\D", "", unquote_plus(v))
                if len(digits) == 11:
                    digits = digits[1:]
                assert len(digits) == 10 and digits[0] not in "01" and digits[3] not in "01", v
    return lines, labels


def main():
    out = build()
    again = build()
    assert [b for _, b, _ in out] == [b for _, b, _ in again], "generator is not deterministic"
    log_path, lab_path = write(out)
    lines, labels = verify(out, log_path, lab_path)
    clean = sum(1 for lab in labels if not lab["spans"])
    cats = {}
    fams = {}
    for lab in labels:
        base_fam = lab["family"].split(":")[-1]
        fams[base_fam] = fams.get(base_fam, 0) + 1
        for sp in lab["spans"]:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    print(f"lines={len(lines)} clean={clean} ({100.0 * clean / len(lines):.1f}%) spans={sum(cats.values())} max_line={max(len(x) for x in lines)}")
    print("spans per category:", json.dumps(dict(sorted(cats.items())), sort_keys=True))
    print("lines per family:", json.dumps(dict(sorted(fams.items()))))
    for pth in (log_path, lab_path):
        print(hashlib.md5(open(pth, "rb").read()).hexdigest(), os.path.basename(pth))
    missing = CATS - set(cats)
    assert not missing, f"categories never used: {sorted(missing)}"
    assert 0.40 <= clean / len(lines) <= 0.50


if __name__ == "__main__":
    main()
