#!/usr/bin/env python3
"""Generator for heldout set `ef`: hospital network / infrastructure logs with occasional PHI.

Writes ef.log and ef.labels.jsonl next to this file. Deterministic (fixed seed, stdlib only).
Lines are built from segments: plain str (not PHI) or (value, category) tuples (PHI);
byte offsets are recorded while concatenating, never searched afterwards.

Labeling policy: only patients and their visitors/relatives are labeled. Staff usernames,
staff devices (even with a staff first name in the hostname), staff home IPs on VPN, medical
device MACs/serials owned by the hospital, server IPs, private IPs, hospital NAT/VIP IPs,
vendor/monitoring IPs, room numbers, ticket/badge pool numbers are left unlabeled.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import urllib.parse

random.seed(0xEF18)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_NOPHI = 275

HOSP_DOMAIN = "stbrigid-rmc.org"
PORTAL = "myhealth.stbrigid-rmc.org"
NAT_IPS = ["64.124.37.18", "64.124.37.19"]
PORTAL_VIP = "64.124.37.40"
VPN_IP = "64.124.37.50"
RPM_VPN_IP = "64.124.37.51"
CLOUD_IPS = ["17.253.144.10", "142.250.191.46", "13.107.42.14", "52.96.165.18", "104.18.22.11",
             "151.101.1.140", "23.45.12.9", "20.190.151.7", "34.117.59.81", "162.159.136.232"]

# ---------------------------------------------------------------- people
PATIENTS = [
    dict(first="Anna", last="Kowalczyk", dob=(1958, 4, 12), mrn="00482913", room="4W-412",
         phone="3125550147", email="anna.kowalczyk58@gmail.com", mac="8a3f21c47e10",
         host=("", "Anna", "s-iPhone"), ip="73.45.212.88", plan="XEH918273645", age=66,
         user="anna.kowalczyk58", acct="700318442"),
    dict(first="Chidi", last="Okonkwo", dob=(1971, 9, 30), mrn="01177342", room="6E-618",
         phone="7735550182", email="chidi.okonkwo@outlook.com", mac="3e910b52dd47",
         host=("Galaxy-S23-", "Chidi", ""), ip="98.213.77.140", plan="W88204713501", age=53,
         user="cokonkwo71", acct="700412907",
         hub="HS2-4K0094406", street="3318 W 79th St", city="Chicago", zip="60652"),
    dict(first="José Manuel", last="Ibarra Ruiz", dob=(1949, 1, 22), mrn="00935120", room="3N-307",
         phone="7085550123", email="jm.ibarra.ruiz@yahoo.com", mac="d2448e19a06b",
         host=("iPad-de-", "Jose", ""), ip="24.14.190.33", plan="1HW7CK4TY62", age=75,
         user="jmibarra", acct="700287115"),
    dict(first="Priya", last="Raghunathan", dob=(1986, 6, 3), mrn="01342877", room="2S-221",
         phone="3125550139", email="priya.r.raghu@icloud.com", mac="f62d930c41b8",
         host=("", "Priya", "s-Pixel-8"), ip="108.73.41.202", plan="UHC904417263", age=38,
         user="priya.raghu", acct="700529384"),
    dict(first="Søren", last="Lindqvist", dob=(1962, 11, 9), mrn="00761455", room=None,
         phone="7735550158", email="soren.lindqvist@comcast.net", mac="0c8b95a1e233",
         host=("", "Soren", "-MacBook-Air"), ip="67.167.23.9", plan="XOF300928114", age=61,
         user="slindqvist", acct="700198230",
         hub="HS2-4K0091827", street="2217 N Kedzie Blvd", city="Chicago", zip="60647"),
    dict(first="Fatima", last="Al-Haddad", dob=(1994, 2, 17), mrn="01460098", room="5W-509",
         phone="8475550104", email="fatima.alhaddad94@gmail.com", mac="12b46fe03a99",
         host=("", "Fatima", "s-Galaxy-A54"), ip="76.16.98.211", plan="AET55120983", age=30,
         user="falhaddad", acct="700644120"),
    dict(first="Dmitri", last="Volkov", dob=(1955, 7, 28), mrn="00218834", room=None,
         phone="8475550161", email="d.volkov55@aol.com", mac="000000000000",
         host=("", "Dmitri", "-PC"), ip="50.78.201.17", plan="3TR9FX6AP21", age=69,
         user="dvolkov", acct="700077361",
         hub="HS2-4K0093310", street="845 Maple Ave", city="Evanston", zip="60202"),
    dict(first="Thị Hoa", last="Nguyễn", full="Nguyễn Thị Hoa", dob=(1967, 3, 5), mrn="01022786", room="7E-702",
         phone="6305550192", email="hoa.nguyen67@gmail.com", mac="6e08d17a53c2",
         host=("", "Hoa", "s-iPhone"), ip="73.22.140.95", plan="MCD44190827", age=57,
         user="hoanguyen67", acct="700356611"),
    dict(first="Kwame", last="Mensah", dob=(1978, 12, 1), mrn="00654021", room="ED-14",
         phone="8725550133", email="kmensah78@hotmail.com", mac="c65e22b08d41",
         host=("", "Kwame", "s-S22"), ip="73.110.58.6", plan="CIG7730214", age=45,
         user="kmensah78", acct="700480052"),
    dict(first="Hiroshi", last="Tanabe", dob=(1931, 5, 19), mrn="00104417", room="4W-420",
         phone="2245550187", email="h.tanabe31@sbcglobal.net", mac="000000000001",
         host=("", "Hiroshi", "-Kindle"), ip="99.13.207.44", plan="5QK7HN2WD48", age=93,
         user="htanabe", acct="700011982"),
    dict(first="Aoife", last="Ní Bhriain", dob=(1990, 8, 14), mrn="01588210", room=None,
         phone="3125550113", email="aoife.nibhriain@gmail.com", mac="7a1d03c4e5f6",
         host=("", "Aoife", "s-iPhone"), ip="99.42.133.71", plan="XEH441902817", age=34,
         user="aoifenb", acct="700702215"),
    dict(first="Mateus", last="Ferreira", dob=(2001, 10, 30), mrn="01602237", room="ED-06",
         phone="3125550175", email="mateus.ferreira01@gmail.com", mac="7a4ce109b35d",
         host=("", "Mateus", "-iPhone"), ip="174.59.12.230", plan="BCI20019384", age=23,
         user="mferreira01", acct="700715540"),
    dict(first="Ewa", last="Zielińska", dob=(1940, 2, 2), mrn="00077610", room="4W-418",
         phone="7735550129", email="ewa.zielinska40@wp.pl", mac="f20a6b3c9d81",
         host=("", "Ewa", "s-Tab-A8"), ip="71.57.9.183", plan="7FJ2PK8RM15", age=94,
         user="ezielinska", acct="700003378"),
]
# relatives / visitors (pt = index into PATIENTS)
VISITORS = [
    dict(first="Tomasz", last="Kowalczyk", pt=0, rel="son", phone="3125550171",
         email="t.kowalczyk@gmail.com", mac="ae715c039f24", host=("", "Tomasz", "s-iPhone"),
         dl="K423-6610-1957", plate="DL 94120"),
    dict(first="Lucía", last="Ibarra", pt=2, rel="daughter", phone="7085550171",
         email="lucia.ibarra.r@gmail.com", mac="5ac017882ef3", host=("", "Lucia", "s-MBP"),
         dl="I160-5528-7841", plate="CV 84215"),
    dict(first="Arjun", last="Raghunathan", pt=3, rel="spouse", phone="3125550166",
         email="arjun.raghunathan@gmail.com", mac="ae715c039f25", host=("", "Arjun", "s-iPhone"),
         dl="R255-8093-0412", plate="BK3 9217"),
    dict(first="Ama", last="Mensah", pt=8, rel="spouse", phone="8725550134",
         email="ama.mensah@yahoo.com", mac="b6197dee4005", host=("", "Ama", "s-iPad"),
         dl="M523-4417-8092", plate="AN 60331"),
    dict(first="Keiko", last="Tanabe-Morris", pt=9, rel="daughter", phone="2245550110",
         email="keiko.tmorris@gmail.com", mac="b2197dee4006", host=("", "Keiko", "s-iPad"),
         dl="T516-7702-4458", plate="EV 21788"),
    dict(first="Minh", last="Nguyen", pt=7, rel="son", phone="6305550118",
         email="minh.nguyen.dev@gmail.com", mac="26c4f1a0b7e2", host=("", "Minh", "s-Pixel-7"),
         dl="N250-3318-9024", plate="GT 55902"),
]
# fix the two placeholder MACs of home-only patients with real-looking randomized ones
PATIENTS[6]["mac"] = "ea04b7c29150"
PATIENTS[9]["mac"] = "4e9d12f07c6a"

STAFF = [("jrodriguez", "Rodriguez", "Julia", "Nursing 4W"), ("a.nwosu", "Nwosu", "Adaeze", "Emergency Dept"),
         ("mthompson2", "Thompson", "Mark", "Radiology"), ("kpatel", "Patel", "Kiran", "Patient Financial Services"),
         ("lchen", "Chen", "Lin", "Pharmacy"), ("bschmidt", "Schmidt", "Birgit", "ICU"),
         ("ojimenez", "Jimenez", "Oscar", "Facilities"), ("tfaleolo", "Faleolo", "Tavita", "Biomed"),
         ("rbhattacharya", "Bhattacharya", "Rohan", "IT Network"), ("sokafor", "Okafor", "Somto", "Registration")]
STAFF_OUIS = ["3c22fb", "f01898", "a4c3f0", "d4bed9", "8c8590", "f8ffc2", "00155d", "b07b25"]
STAFF_MACS = {u: random.choice(STAFF_OUIS) + "".join(random.choice("0123456789abcdef") for _ in range(6)) for u, *_ in STAFF}
STAFF_VPN_IPS = {"jrodriguez": "98.207.14.56", "kpatel": "71.201.88.3", "mthompson2": "174.51.9.220",
                 "rbhattacharya": "73.9.166.21", "lchen": "24.1.77.140"}
STAFF_HOSTS = ["WS-4W-NS-03", "WS-ED-TRIAGE-1", "WS-3N-07", "PFS-WS-0214", "RAD-RDG-02", "PHARM-WS-11",
               "WOW-4W-06", "WOW-ICU-02", "Julias-iPhone", "Rohans-MacBook-Pro", "IT-LT-0193", "Marks-iPad"]
MED = [("ALARIS-PCU-8015-", "00409d"), ("B450-ICU-", "0001ae"), ("GE-MAC5500-ECG-", "0001af"),
       ("SIGMA-SPECTRUM-", "0016da"), ("VOCERA-B3000-", "000d2b"), ("OMNICELL-4W-", "00a0f4"),
       ("PYXIS-MS-5E-", "00e0cd"), ("PHILIPS-MX450-", "0021a0"), ("ZEBRA-ZD621-", "00074d"),
       ("CARESCAPE-CS-", "0001ae"), ("BAXTER-SPECTRUM-IQ-", "0016da")]


def rmac(prefix=""):
    return prefix + "".join(random.choice("0123456789abcdef") for _ in range(12 - len(prefix)))


def guest_rand_mac():
    first = random.choice("0123456789abcdef") + random.choice("26ae")
    return first + "".join(random.choice("0123456789abcdef") for _ in range(10))


MEDDEV = []
for i in range(30):
    pre, oui = random.choice(MED)
    MEDDEV.append((pre + str(random.randint(10, 9999)).zfill(4), rmac(oui)))


def fmt_mac(m, style):
    p = [m[i:i + 2] for i in range(0, 12, 2)]
    if style == "colon":
        return ":".join(p)
    if style == "COLON":
        return ":".join(p).upper()
    if style == "DASH":
        return "-".join(p).upper()
    if style == "dot":
        return m[0:4] + "." + m[4:8] + "." + m[8:12]
    if style == "bare":
        return m
    raise ValueError(style)


def fmt_phone(p, style):
    a, b, c = p[:3], p[3:6], p[6:]
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "e164": f"+1{p}", "bare": p,
            "dot": f"{a}.{b}.{c}", "intl": f"+1 {a} {b} {c}"}[style]


def fmt_date(d, style):
    y, m, dd = d
    return {"iso": f"{y:04d}-{m:02d}-{dd:02d}", "us": f"{m:02d}/{dd:02d}/{y:04d}",
            "usenc": f"{m:02d}%2F{dd:02d}%2F{y:04d}", "compact": f"{y:04d}{m:02d}{dd:02d}"}[style]


def pfull(p):
    return p.get("full") or (p["first"] + " " + p["last"])


def ip_priv(net="10.200"):
    return f"{net}.{random.randint(1, 63)}.{random.randint(2, 254)}"


def hexid(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def host_segs(h):
    pre, name, suf = h
    out = []
    if pre:
        out.append(pre)
    out.append((name, "name"))
    if suf:
        out.append(suf)
    return out


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def jstr(s):
    """JSON-escape a plain (non-PHI) value without ASCII escaping, as Node's JSON.stringify."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.58 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
       "MyChart/10.6.1 (iPhone; iOS 17.6.1; Scale/3.00)", "okhttp/4.12.0"]

# ---------------------------------------------------------------- time
T0 = dt.datetime(2024, 11, 4, 5, 58, 12)
_now = [T0]
TZ = dt.timedelta(hours=-6)


def tick():
    _now[0] += dt.timedelta(seconds=random.randint(4, 190), milliseconds=random.randint(0, 999))
    return _now[0]


def syslog_ts(t):
    return t.strftime("%b ") + f"{t.day:2d}" + t.strftime(" %H:%M:%S")


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def epoch_ms(t):
    return int(((t - TZ) - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def iso_local(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-06:00"


def iso_utc(t, digits=6):
    u = t - TZ
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond:06d}"[:digits] + "Z"


def pick_pt(need=None):
    cands = [p for p in PATIENTS if need is None or p.get(need)]
    return random.choice(cands)


def pick_guest_person():
    """Patient on guest Wi-Fi or relative/visitor. Returns (kind, person)."""
    if random.random() < 0.6:
        return "patient", random.choice([p for p in PATIENTS if p["room"]])
    return "visitor", random.choice(VISITORS)


# ================================================================ families
# each returns (family, segments)

def fam_guest_portal(t, phi):
    pid = 2141
    host = random.choice(["gp-web01", "gp-web02"])
    head = f'{{"level":%d,"time":{epoch_ms(t)},"pid":{pid},"hostname":"{host}","reqId":"req-{hexid(4)}",'
    if not phi:
        r = random.random()
        if r < 0.35:
            path = random.choice(["/portal/terms?lang=en", "/portal/terms?lang=es", "/portal/assets/brand.css",
                                  "/portal/welcome?ssid=SBRMC-Guest&ap=AP-4W-12", "/portal/register"])
            return "guest-portal-pino", [head % 30 + f'"req":{{"method":"GET","url":"{path}","remoteAddress":"{ip_priv()}"}},'
                                          f'"res":{{"statusCode":200}},"responseTime":{random.randint(2, 60)},"msg":"request completed"}}']
        if r < 0.55:
            return "guest-portal-pino", [head % 30 + f'"probeHost":"{random.choice(["captive.apple.com", "connectivitycheck.gstatic.com", "www.msftconnecttest.com"])}",'
                                          f'"clientIp":"{ip_priv()}","msg":"captive probe redirected to portal"}}']
        if r < 0.75:
            return "guest-portal-pino", [head % 50 + f'"nas":"10.10.0.5","coaPort":3799,"elapsedMs":{random.randint(3000, 5100)},'
                                          f'"err":{{"type":"Error","message":"RADIUS CoA timeout","code":"ETIMEDOUT"}},"msg":"CoA failed, will retry"}}']
        if r < 0.9:
            return "guest-portal-pino", [head % 40 + f'"provider":"twilio","attempt":{random.randint(2, 3)},"messageSid":"SM{hexid(32)}",'
                                          f'"status":"queued","msg":"sms OTP delivery retry"}}']
        return "guest-portal-pino", [head % 30 + f'"activeSessions":{random.randint(180, 460)},"registrationsLastHour":{random.randint(8, 40)},'
                                      f'"smsFrom":"+18725550100","supportEmail":"guestwifi-noreply@{HOSP_DOMAIN}","msg":"stats"}}']
    kind, p = pick_guest_person()
    mac = fmt_mac(p["mac"], random.choice(["colon", "DASH"]))
    r = random.random()
    if r < 0.45:
        segs = [head % 30 + '"guest":{"fullName":"', (pfull(p), "name"), '","phone":"',
                (fmt_phone(p["phone"], "e164"), "phone"), '","email":"', (p["email"], "email"), '",']
        if kind == "patient":
            segs += [f'"roomNumber":"{p["room"]}","role":"patient","expectedDischarge":"',
                     (f"2024-11-{random.randint(5, 9):02d}", "date"), '"},']
        else:
            pt = PATIENTS[p["pt"]]
            segs += [f'"roomNumber":"{pt["room"]}","role":"visitor","relationship":"{p["rel"]}"}},']
        segs += ['"clientMac":"', (mac, "device"), f'","clientIp":"{ip_priv()}","ssid":"SBRMC-Guest","msg":"guest registration accepted"}}']
        return "guest-portal-pino", segs
    if r < 0.7:
        return "guest-portal-pino", [head % 30 + '"channel":"sms","to":"', (fmt_phone(p["phone"], "e164"), "phone"),
                                     f'","otpTtlSec":300,"messageSid":"SM{hexid(32)}","clientMac":"', (mac, "device"),
                                     '","msg":"verification code sent"}']
    return "guest-portal-pino", [head % 30 + '"username":"', (p["email"], "email"), '","clientMac":"', (mac, "device"),
                                 f'","sessionTimeout":86400,"role":"{"guest-patient" if kind == "patient" else "guest-visitor"}",'
                                 '"msg":"session authorized"}']


def ise_hdr(t, cat, code, sev, text):
    return (f"<181>{syslog_ts(t)} ise-psn0{random.randint(1, 2)} {cat} {random.randint(1000000, 9999999):010d} "
            f"{random.randint(1, 3)} 0 {t.strftime('%Y-%m-%d %H:%M:%S.')}{ms(t)} -06:00 {random.randint(10 ** 9, 10 ** 10 - 1):010d} "
            f"{code} {sev} {text}, ConfigVersionId=241, Device IP Address=")


def fam_ise(t, phi):
    nas = f"10.10.{random.randint(1, 12)}.{random.randint(2, 40)}"
    sess = f"ise-psn01/{random.randint(400000000, 499999999)}/{random.randint(10000, 999999)}"
    if not phi:
        r = random.random()
        if r < 0.45:
            u = random.choice(STAFF)[0]
            m = fmt_mac(STAFF_MACS[u], "DASH")
            return "cisco-ise-syslog", [ise_hdr(t, "CISE_Passed_Authentications", 5200, "NOTICE", "Passed-Authentication: Authentication succeeded")
                                        + f"{nas}, DestinationIPAddress=10.1.20.31, DestinationPort=1812, UserName={u}, Protocol=Radius, "
                                          f"RequestLatency={random.randint(8, 90)}, NetworkDeviceName=SW-{random.choice(['4W', '3N', 'ED', 'ICU', '6E'])}-IDF{random.randint(1, 3)}, "
                                          f"User-Name=SBRMC\\{u}, NAS-IP-Address={nas}, NAS-Port={random.randint(50101, 50148)}, Service-Type=Framed, Framed-MTU=1500, "
                                          f"Calling-Station-ID={m}, NAS-Port-Type=Ethernet, NAS-Port-Id=GigabitEthernet1/0/{random.randint(1, 48)}, "
                                          f"AcsSessionID={sess}, AuthenticationIdentityStore=AD-SBRMC, AuthenticationMethod=dot1x, "
                                          f"SelectedAuthorizationProfiles=Clinical_VLAN, EapAuthentication=EAP-TLS, EndPointMACAddress={m}, "
                                          f"Response={{RadiusPacketType=AccessAccept; AuthenticationResult=Passed; Class=CACS:0A0A{hexid(20).upper()}:{sess}; }}"]
        if r < 0.8:
            name, mac = random.choice(MEDDEV)
            m = fmt_mac(mac, "DASH")
            grp = "Medical_" + name.split("-")[0].title()
            return "cisco-ise-syslog", [ise_hdr(t, "CISE_Passed_Authentications", 5200, "NOTICE", "Passed-Authentication: Authentication succeeded")
                                        + f"{nas}, DestinationIPAddress=10.1.20.31, DestinationPort=1812, UserName={m}, Protocol=Radius, "
                                          f"NetworkDeviceName=SW-BIOMED-{random.randint(1, 4)}, User-Name={mac}, NAS-Port-Type=Ethernet, "
                                          f"Calling-Station-ID={m}, AuthenticationMethod=Lookup, AuthenticationIdentityStore=Internal Endpoints, "
                                          f"IdentityGroup=Endpoint Identity Groups:{grp}, EndpointProfile={name.rsplit('-', 1)[0]}, "
                                          f"SelectedAuthorizationProfiles=MedDevice_dACL, AcsSessionID={sess}, "
                                          f"Response={{RadiusPacketType=AccessAccept; AuthenticationResult=Passed; }}"]
        u = random.choice(STAFF)[0]
        return "cisco-ise-syslog", [ise_hdr(t, "CISE_Failed_Attempts", 5400, "NOTICE", "Failed-Attempt: Authentication failed")
                                    + f"{nas}, DestinationIPAddress=10.1.20.31, UserName={u}, Protocol=Radius, "
                                      f"FailureReason=24408 User authentication against Active Directory failed since user has entered the wrong password, "
                                      f"AcsSessionID={sess}, AuthenticationMethod=MSCHAPV2, EapTunnel=PEAP, "
                                      f"Response={{RadiusPacketType=AccessReject; AuthenticationResult=Failed; }}"]
    kind, p = pick_guest_person()
    m = fmt_mac(p["mac"], "DASH")
    uname = p["user"] if kind == "patient" else p["email"]
    return "cisco-ise-syslog", [ise_hdr(t, "CISE_Guest_Access", 5236, "NOTICE", "Guest Authentication Passed")
                                + f"10.10.0.5, DestinationIPAddress=10.1.20.31, UserName=", (uname, "other_id" if kind == "patient" else "email"),
                                ", Protocol=Radius, NetworkDeviceName=WLC-MAIN-01, Calling-Station-ID=", (m, "device"),
                                f", Called-Station-ID=24-F2-7F-C1-0A-22:SBRMC-Guest, PortalName=Self-Registered Guest Portal (default), "
                                f"IdentityGroup=GuestType_{'Patient' if kind == 'patient' else 'Daily'}, AuthenticationIdentityStore=Guest Users, "
                                f"AcsSessionID={sess}, SelectedAuthorizationProfiles=Guest_Internet_Only"]


def fam_clearpass(t, phi):
    head = (f"<134>{syslog_ts(t)} cppm01 {t.strftime('%Y-%m-%d %H:%M:%S')},{ms(t)} 10.1.20.40 Insight Logs "
            f"{random.randint(1, 9)} 1 0 ")
    rt = t.strftime('%Y-%m-%d %H:%M:%S') + "-06"
    if not phi:
        if random.random() < 0.5:
            u = random.choice(STAFF)[0]
            return "clearpass-insight", [head + f"Common.Username={u},Common.Service=SBRMC 802.1X Wireless,Common.Roles=[Employee], [User Authenticated],"
                                                f"Common.NAS-IP-Address=10.10.0.5,Common.Request-Timestamp={rt},Common.Alerts-Present=0,"
                                                f"Common.Error-Code=0,Common.Enforcement-Profiles=Staff-VLAN-20,Common.Host-MAC-Address={STAFF_MACS[u]},"
                                                f"RADIUS.Auth-Method=EAP-PEAP,EAP-MSCHAPv2,Common.Login-Status=ACCEPT"]
        name, mac = random.choice(MEDDEV)
        return "clearpass-insight", [head + f"Common.Username={mac},Common.Service=SBRMC MAB Medical Devices,Common.Roles=[Medical Device],"
                                            f"Common.NAS-IP-Address=10.10.{random.randint(1, 12)}.{random.randint(2, 40)},Common.Request-Timestamp={rt},"
                                            f"Common.Error-Code=0,Common.Enforcement-Profiles=MedDev-VLAN-30,Common.Host-MAC-Address={mac},"
                                            f"Endpoint.Category=Medical Devices,Endpoint.Hostname={name},RADIUS.Auth-Method=MAC-AUTH,Common.Login-Status=ACCEPT"]
    kind, p = pick_guest_person()
    sponsor = random.choice(STAFF)
    segs = [head + "Common.Username=", (p["email"], "email"), ",Common.Service=SBRMC Guest Web Login,Common.Roles=[Guest],",
            f"Common.NAS-IP-Address=10.10.0.5,Common.Request-Timestamp={rt},Common.Error-Code=0,Common.Host-MAC-Address=",
            (p["mac"], "device"), ",Guest.Visitor-Name=", (pfull(p), "name"), ",Guest.Visitor-Phone=",
            (fmt_phone(p["phone"], "bare"), "phone"),
            f",Guest.Sponsor-Name={sponsor[2]} {sponsor[1]},Guest.Role={'Patient' if kind == 'patient' else 'Visitor'},Common.Login-Status=ACCEPT"]
    return "clearpass-insight", segs


def fam_aruba(t, phi):
    head = f"{syslog_ts(t)} aruba-mc01 "
    ap = f"AP-{random.choice(['4W', '3N', '6E', '7E', '2S', 'ED', '5W'])}-{random.randint(1, 20):02d}"
    apmac = fmt_mac(rmac("24f27f"), "colon")
    if not phi:
        if random.random() < 0.5:
            name, mac = random.choice(MEDDEV)
            return "aruba-syslog", [head + f"stm[3312]: <501100> <NOTI> <aruba-mc01 10.10.0.5>  Assoc success @ {t.strftime('%H:%M:%S')}.{ms(t)}: "
                                           f"{fmt_mac(mac, 'colon')}: AP 10.10.8.{random.randint(10, 200)}-{apmac}-{ap} ESSID SBRMC-MedDev"]
        u = random.choice(STAFF)[0]
        return "aruba-syslog", [head + f"authmgr[3401]: <522008> <NOTI> <aruba-mc01 10.10.0.5>  User Authentication Successful: username=SBRMC\\{u} "
                                       f"MAC={fmt_mac(STAFF_MACS[u], 'colon')} IP={ip_priv('10.20')} role=staff-clinical VLAN=20 AP={ap} SSID=SBRMC-Clinical "
                                       f"AAA profile=staff-dot1x auth method=802.1x auth server=cppm01"]
    if random.random() < 0.2:
        mac = guest_rand_mac()  # anonymous guest device: still a patient's/visitor's device
        return "aruba-syslog", [head + "stm[3312]: <501080> <NOTI> <aruba-mc01 10.10.0.5>  Deauth to sta: ", (fmt_mac(mac, "colon"), "device"),
                                f": Ageout AP 10.10.8.{random.randint(10, 200)}-{apmac}-{ap} Handle 0x{hexid(4)}"]
    kind, p = pick_guest_person()
    if random.random() < 0.5:
        return "aruba-syslog", [head + f"stm[3312]: <501100> <NOTI> <aruba-mc01 10.10.0.5>  Assoc success @ {t.strftime('%H:%M:%S')}.{ms(t)}: ",
                                (fmt_mac(p["mac"], "colon"), "device"), f": AP 10.10.8.{random.randint(10, 200)}-{apmac}-{ap} ESSID SBRMC-Guest"]
    return "aruba-syslog", [head + "authmgr[3401]: <522008> <NOTI> <aruba-mc01 10.10.0.5>  User Authentication Successful: username=",
                            (p["email"], "email"), " MAC=", (fmt_mac(p["mac"], "colon"), "device"),
                            f" IP={ip_priv()} role={'guest-patient' if kind == 'patient' else 'guest-visitor'} VLAN=200 AP={ap} SSID=SBRMC-Guest "
                            "AAA profile=guest-aaa auth method=Web auth server=cppm01"]


def fam_dhcpd(t, phi):
    head = f"{syslog_ts(t)} dhcp0{random.randint(1, 2)} dhcpd[1423]: "
    if not phi:
        r = random.random()
        if r < 0.5:
            name, mac = random.choice(MEDDEV)
            ip = ip_priv("10.30")
            return "isc-dhcpd", [head + f"DHCPACK on {ip} to {fmt_mac(mac, 'colon')} ({name}) via 10.30.0.1"]
        if r < 0.75:
            h = random.choice(STAFF_HOSTS)
            return "isc-dhcpd", [head + f"DHCPREQUEST for {ip_priv('10.20')} from {fmt_mac(rmac(random.choice(STAFF_OUIS)), 'colon')} ({h}) via 10.20.0.1"]
        if r < 0.88:
            return "isc-dhcpd", [head + f"DHCPDISCOVER from {fmt_mac(random.choice(MEDDEV)[1], 'colon')} via 10.30.0.1: network 10.30.0.0/16: no free leases"]
        return "isc-dhcpd", [head + f"balancing pool 55d0a8 10.200.0.0/16  total {random.randint(8000, 8190)}  free {random.randint(3000, 5000)}  "
                                    f"backup {random.randint(3000, 5000)}  lts {random.randint(-20, 20)}  max-own (+/-){random.randint(300, 500)}"]
    if random.random() < 0.2:
        mac = guest_rand_mac()
        return "isc-dhcpd", [head + f"DHCPACK on {ip_priv()} to ", (fmt_mac(mac, "colon"), "device"),
                             f" ({random.choice(['Galaxy-A14', 'iPhone', 'Pixel-7a', 'android-' + hexid(16)])}) via 10.200.0.1"]
    kind, p = pick_guest_person()
    verb = random.choice(["DHCPACK on {ip} to ", "DHCPREQUEST for {ip} from ", "DHCPOFFER on {ip} to "])
    return "isc-dhcpd", [head + verb.format(ip=ip_priv()), (fmt_mac(p["mac"], "colon"), "device"), " ("] + host_segs(p["host"]) + [") via 10.200.0.1"]


def fam_windhcp(t, phi):
    d = t.strftime("%m/%d/%y,%H:%M:%S")
    if not phi:
        if random.random() < 0.6:
            name, mac = random.choice(MEDDEV)
            return "windows-dhcp-audit", [f"10,{d},Assign,{ip_priv('10.30')},{name}.med.sbrmc.local,{mac.upper()},,{random.randint(100000, 9999999)},0,,,,,,,,,0"]
        h = random.choice(STAFF_HOSTS)
        return "windows-dhcp-audit", [f"11,{d},Renew,{ip_priv('10.20')},{h}.sbrmc.local,{rmac(random.choice(STAFF_OUIS)).upper()},,{random.randint(100000, 9999999)},0,,,,"
                                      f"0x4D53465420352E30,MSFT 5.0,,,,0"]
    kind, p = pick_guest_person()
    return "windows-dhcp-audit", [f"10,{d},Assign,{ip_priv('10.201')},"] + host_segs(p["host"]) + [
        ",", (p["mac"].upper(), "device"), f",,{random.randint(100000, 9999999)},0,,,,,,,,,0"]


def fam_bind(t, phi):
    ts = t.strftime("%d-%b-%Y %H:%M:%S.") + ms(t)
    cl = f"client @0x7f3a2c{hexid(6)}"
    if not phi:
        if random.random() < 0.8:
            q = random.choice(["login.microsoftonline.com", "captive.apple.com", PORTAL, "epicproxy.sbrmc.local",
                               "outlook.office365.com", "ise-psn01.sbrmc.local", "pacs-vna.sbrmc.local", "time.apple.com",
                               "api.twilio.com", "gateway.zscloud.net", "www.google.com", "mdm.sbrmc.local"])
            typ = random.choice(["A", "AAAA", "A", "HTTPS"])
            src = ip_priv(random.choice(["10.200", "10.20", "10.30"]))
            return "bind-querylog", [f"{ts} queries: info: {cl} {src}#{random.randint(1025, 65000)} ({q}): query: {q} IN {typ} +E(0)K (10.1.10.53)"]
        h = random.choice(STAFF_HOSTS)
        return "bind-querylog", [f"{ts} update: info: {cl} 10.1.10.67#{random.randint(1025, 65000)}/key dhcp-update: updating zone 'sbrmc.local/IN': "
                                 f"adding an RR at '{h}.sbrmc.local' A {ip_priv('10.20')}"]
    kind, p = pick_guest_person()
    return "bind-querylog", [f"{ts} update: info: {cl} 10.1.10.67#{random.randint(1025, 65000)}/key dhcp-update: updating zone 'guest.sbrmc.local/IN': "
                             "adding an RR at '"] + host_segs(p["host"]) + [f".guest.sbrmc.local' A {ip_priv()}"]


def pan_common(t, typ, sub, src, dst, natsrc, natdst, rule, user, app, szone, dzone, inif, outif):
    d = t.strftime("%Y/%m/%d %H:%M:%S")
    return [f"1,{d},013201009876,{typ},{sub},2561,{d},", *src, f",{dst},{natsrc},{natdst},{rule},", *user,
            f",,{app},vsys1,{szone},{dzone},{inif},{outif},Log-Fwd-Splunk,{d},{random.randint(100000, 999999)},1,"]


def fam_pan_traffic(t, phi):
    d = t.strftime("%Y/%m/%d %H:%M:%S")
    sport, dport = random.randint(1025, 65000), random.choice([443, 443, 80, 8443])
    tail = (f",{sport},{dport},{random.randint(1025, 65000)},{dport},0x400064,tcp,allow,{random.randint(500, 900000)},{random.randint(200, 90000)},"
            f"{random.randint(200, 800000)},{random.randint(5, 900)},{d},{random.randint(0, 600)},any,0,{random.randint(7 * 10 ** 9, 8 * 10 ** 9)},0x0,")
    end = f",0,{random.randint(3, 400)},{random.randint(3, 500)},{random.choice(['tcp-fin', 'aged-out', 'tcp-rst-from-client'])},0,0,0,0,,PA-5220-01,from-policy,,,0,,0,,N/A,0,0,0,0"
    if not phi:
        r = random.random()
        if r < 0.5:
            u = random.choice(STAFF)[0]
            return "panos-traffic-csv", pan_common(t, "TRAFFIC", "end", [ip_priv("10.20")], random.choice(CLOUD_IPS), random.choice(NAT_IPS),
                                                   random.choice(CLOUD_IPS), "Staff-Internet", [f"sbrmc\\{u}"],
                                                   random.choice(["ms-office365-base", "ssl", "web-browsing", "zoom-base"]),
                                                   "Clinical", "Untrust", "ethernet1/2.20", "ethernet1/1") + [tail.lstrip(",") + "10.0.0.0-10.255.255.255,United States" + end]
        if r < 0.8:
            name, _ = random.choice(MEDDEV)
            return "panos-traffic-csv", pan_common(t, "TRAFFIC", "end", [ip_priv("10.30")], "10.1.40.12", "0.0.0.0", "0.0.0.0",
                                                   "MedDev-to-Gateway", [""], "hl7", "MedDev", "Servers",
                                                   "ethernet1/2.30", "ethernet1/2.40") + [tail.lstrip(",") + "10.0.0.0-10.255.255.255,10.0.0.0-10.255.255.255" + end]
        return "panos-traffic-csv", pan_common(t, "TRAFFIC", "drop", [f"{random.choice(['185.220.101', '45.155.205', '194.26.29'])}.{random.randint(2, 250)}"],
                                               PORTAL_VIP, "0.0.0.0", "0.0.0.0", "interzone-default", [""], "not-applicable",
                                               "Untrust", "DMZ", "ethernet1/1", "") + [tail.lstrip(",").replace("allow", "deny") + "Netherlands,United States" + end]
    if random.random() < 0.55:
        p = random.choice(PATIENTS)
        return "panos-traffic-csv", pan_common(t, "TRAFFIC", "end", [(p["ip"], "ip")], PORTAL_VIP, "0.0.0.0", "10.60.2.14",
                                               "Inbound-MyHealth", [""], "ssl", "Untrust", "DMZ", "ethernet1/1", "ethernet1/4") + [
            tail.lstrip(",") + "United States,10.0.0.0-10.255.255.255" + end]
    kind, p = pick_guest_person()
    uname = p["user"] if kind == "patient" else p["email"]
    return "panos-traffic-csv", pan_common(t, "TRAFFIC", "end", [ip_priv()], random.choice(CLOUD_IPS), random.choice(NAT_IPS), random.choice(CLOUD_IPS),
                                           "Guest-Internet", ["guest\\", (uname, "other_id" if kind == "patient" else "email")],
                                           random.choice(["netflix-base", "youtube-streaming", "ssl", "facetime"]), "Guest", "Untrust",
                                           "ethernet1/3.200", "ethernet1/1") + [tail.lstrip(",") + "10.0.0.0-10.255.255.255,United States" + end]


def fam_pan_url(t, phi):
    d = t.strftime("%Y/%m/%d %H:%M:%S")
    sport = random.randint(1025, 65000)
    mid = f"{sport},443,{random.randint(1025, 65000)},443,0x40b000,tcp,alert,\""
    after = lambda cat, ua, geo: [f"\",(9999),{cat},informational,client-to-server,{random.randint(7 * 10 ** 9, 8 * 10 ** 9)},0x2000000000000000,{geo},0,text/html,0,,,1,\"{ua}\",,\"\",\"\",,,,0,0,0,0,,PA-5220-01,"]
    if not phi:
        u = random.choice(STAFF)[0]
        url = random.choice(["login.microsoftonline.com/common/oauth2/v2.0/authorize", "www.uptodate.com/contents/search",
                             "sbrmc.service-now.com/nav_to.do?uri=incident.do", "www.cdc.gov/flu/professionals/index.htm",
                             "teams.microsoft.com/api/mt/part/amer-02/beta/users/", "www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfmaude/search.cfm",
                             "epicweb.stbrigid-rmc.org/Interconnect-PRD/api/epic/2014/Common/Patient/GETPATIENTIDENTIFIERS"])
        cat = random.choice(["computer-and-internet-info", "health-and-medicine", "business-and-economy"])
        return "panos-url-csv", pan_common(t, "THREAT", "url", [ip_priv("10.20")], random.choice(CLOUD_IPS), random.choice(NAT_IPS),
                                           random.choice(CLOUD_IPS), "Staff-Internet", [f"sbrmc\\{u}"], "ssl", "Clinical", "Untrust",
                                           "ethernet1/2.20", "ethernet1/1") + [mid, url] + after(cat, UAS[2], "10.0.0.0-10.255.255.255,United States")
    r = random.random()
    if r < 0.35:
        # guest network browsing to a personal fundraising / journal page naming the patient
        p = random.choice([x for x in PATIENTS if x["room"]])
        fl = ascii_fold(p["first"].split()[0]).lower(), ascii_fold(p["last"]).lower().replace(" ", "-")
        slug = random.choice([f"www.gofundme.com/f/help-{fl[0]}-{fl[1]}-recover",
                              f"www.caringbridge.org/site/{fl[0]}{fl[1].replace('-', '')}"])
        return "panos-url-csv", pan_common(t, "THREAT", "url", [ip_priv()], random.choice(CLOUD_IPS), random.choice(NAT_IPS),
                                           random.choice(CLOUD_IPS), "Guest-Internet", [""], "ssl", "Guest", "Untrust",
                                           "ethernet1/3.200", "ethernet1/1") + [mid, (slug, "url")] + after("social-networking", UAS[0], "10.0.0.0-10.255.255.255,United States")
    p = random.choice(PATIENTS)
    q = random.choice([
        lambda: [f"{PORTAL}/MyChart/Scheduling/ConfirmAppt?mrn=", (p["mrn"], "mrn"), "&apptDate=", (f"2024-11-{random.randint(6, 28):02d}", "date"), "&dept=CARD"],
        lambda: [f"{PORTAL}/MyChart/Billing/Details?acct=", (p["acct"], "account"), "&sa=SBRMC"],
        lambda: [f"{PORTAL}/MyChart/Authentication/Login?username=", (p["user"], "other_id"), "&mode=stdfile"],
        lambda: [f"{PORTAL}/MyChart/inside.asp?mode=labdetail&eorderid=WP-24{hexid(8)}"],
    ])()
    return "panos-url-csv", pan_common(t, "THREAT", "url", [(p["ip"], "ip")], PORTAL_VIP, "0.0.0.0", "10.60.2.14",
                                       "Inbound-MyHealth", [""], "ssl", "Untrust", "DMZ", "ethernet1/1", "ethernet1/4") + [mid] + q + after(
        "health-and-medicine", random.choice(UAS), "United States,10.0.0.0-10.255.255.255")


def zs_ts(t):
    return t.strftime("%a %b %d %H:%M:%S %Y")


def fam_zscaler(t, phi):
    u = random.choice(STAFF)
    ev_head = (f'{{"sourcetype":"zscalernss-web","event":{{"datetime":"{zs_ts(t)}","reason":"Allowed","event_id":"{random.randint(10 ** 18, 10 ** 19 - 1)}",'
               f'"protocol":"HTTPS","action":"Allowed","transactionsize":"{random.randint(800, 90000)}","responsesize":"{random.randint(500, 80000)}",'
               f'"requestsize":"{random.randint(300, 4000)}","urlcategory":"%s","serverip":"{random.choice(CLOUD_IPS)}","clienttranstime":"{random.randint(20, 900)}",'
               f'"requestmethod":"GET","refererURL":"None","useragent":"{UAS[2]}","product":"NSS","location":"SBRMC-Main-Campus",'
               f'"ClientIP":"{random.choice(NAT_IPS)}","status":"200","user":"{u[0]}@{HOSP_DOMAIN}","url":"')
    ev_tail = lambda host, app: (f'","vendor":"Zscaler","hostname":"{host}","clientpublicIP":"{random.choice(NAT_IPS)}","threatcategory":"None",'
                                 f'"threatname":"None","filetype":"None","appname":"{app}","pagerisk":"{random.randint(0, 20)}","department":"{u[3]}",'
                                 f'"urlsupercategory":"Health","appclass":"Business","dlpengine":"None","urlclass":"Business Use","threatclass":"None",'
                                 f'"dlpdictionaries":"None","fileclass":"None","bwthrottle":"NO","servertranstime":"{random.randint(20, 600)}",'
                                 f'"contenttype":"application/json","unscannabletype":"None","deviceowner":"{u[0]}","devicehostname":"{random.choice(STAFF_HOSTS[:8])}"}}}}')
    if not phi:
        host, path, app = random.choice([("www.uptodate.com", "/contents/heparin-drug-information", "UpToDate"),
                                         ("portal.office.com", "/Home", "Microsoft Office 365"),
                                         ("www.availity.com", "/public/apps/home/#!/", "Availity"),
                                         ("sbrmc.service-now.com", "/api/now/table/incident?sysparm_limit=20", "ServiceNow"),
                                         ("www.cms.gov", "/medicare/payment/fee-schedules", "General Browsing"),
                                         ("dailymed.nlm.nih.gov", "/dailymed/search.cfm?labeltype=all&query=METOPROLOL", "General Browsing")])
        return "zscaler-nss-json", [ev_head % "Health" + host + path + ev_tail(host, app)]
    p = random.choice(PATIENTS)
    host = random.choice(["www.availity.com", "provider.navinet.net", "apps.availity.com"])
    segs = [ev_head % "Health", host, "/api/eligibility/v1/coverages?payerId=", random.choice(["00621", "BCBSIL", "87726", "MCRIL"]),
            "&memberId=", (p["plan"], "health_plan"), "&patientBirthDate=", (fmt_date(p["dob"], random.choice(["iso", "usenc"])), "date"),
            "&patientLastName=", (urllib.parse.quote(p["last"].upper()), "name"), f"&asOfDate=2024-11-04&providerNpi=1{random.randint(10 ** 8, 10 ** 9 - 1)}",
            ev_tail(host, "Availity")]
    return "zscaler-nss-json", segs


def fam_nfdump(t, phi):
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)
    dur = f"{random.uniform(0, 600):.3f}"
    pk, by = random.randint(2, 9000), random.randint(120, 9_000_000)
    byt = f"{by}" if by < 10 ** 6 else f"{by / 10 ** 6:.1f} M"

    def row(proto, src, dst):
        return [f"{ts} {dur:>9} {proto:<8} "] + src + [" -> "] + dst + [f" {pk:>8} {byt:>8}     1"]
    if not phi:
        r = random.random()
        if r < 0.5:
            return "nfdump-flows", row("TCP", [f"{ip_priv(random.choice(['10.20', '10.200']))}:{random.randint(1025, 65000)}"],
                                       [f"{random.choice(CLOUD_IPS)}:443"])
        if r < 0.8:
            return "nfdump-flows", row("TCP", [f"{ip_priv('10.30')}:{random.randint(1025, 65000)}"], ["10.1.40.12:2575"])
        u = random.choice(list(STAFF_VPN_IPS))
        return "nfdump-flows", row("UDP", [f"{STAFF_VPN_IPS[u]}:{random.randint(1025, 65000)}"], [f"{VPN_IP}:443"])
    p = random.choice(PATIENTS)
    if p.get("hub") and random.random() < 0.6:
        return "nfdump-flows", row("UDP", [(p["ip"], "ip"), f":{random.choice([4500, 4500, 500])}"], [f"{RPM_VPN_IP}:4500"])
    return "nfdump-flows", row("TCP", [(p["ip"], "ip"), f":{random.randint(1025, 65000)}"], [f"{PORTAL_VIP}:443"])


def fam_asa(t, phi):
    head = f"{syslog_ts(t)} asa-vpn01 : "
    u = random.choice(list(STAFF_VPN_IPS))
    ip = STAFF_VPN_IPS[u]
    r = random.random()
    if r < 0.3:
        return "cisco-asa-vpn", [head + f"%ASA-6-113039: Group <SBRMC-Staff-VPN> User <{u}> IP <{ip}> AnyConnect parent session started."]
    if r < 0.55:
        return "cisco-asa-vpn", [head + f"%ASA-6-722051: Group <SBRMC-Staff-VPN> User <{u}> IP <{ip}> IPv4 Address <10.250.{random.randint(1, 8)}.{random.randint(2, 250)}> IPv6 address <::> assigned to session"]
    if r < 0.8:
        h, m, s = random.randint(0, 9), random.randint(0, 59), random.randint(0, 59)
        return "cisco-asa-vpn", [head + f"%ASA-4-113019: Group = SBRMC-Staff-VPN, Username = {u}, IP = {ip}, Session disconnected. Session Type: AnyConnect-Parent, "
                                        f"Duration: {h}h:{m:02d}m:{s:02d}s, Bytes xmt: {random.randint(10 ** 5, 10 ** 9)}, Bytes rcv: {random.randint(10 ** 5, 10 ** 8)}, Reason: User Requested"]
    return "cisco-asa-vpn", [head + f"%ASA-6-113005: AAA user authentication Rejected : reason = AAA failure : server = 10.1.20.31 : user = ***** : "
                                    f"user IP = {random.choice(['185.220.101', '45.155.205', '194.26.29'])}.{random.randint(2, 250)}"]


def fam_strongswan(t, phi):
    head = f"{syslog_ts(t)} vpn-rpm01 charon: {random.randint(1, 16):02d}"
    sa = random.randint(3000, 5999)
    if not phi:
        return "strongswan-charon", [head + random.choice([
            f"[IKE] sending DPD request",
            f"[IKE] rekeying CHILD_SA rpm-hubs{{{sa}}}",
            f"[CHILD] CHILD_SA rpm-hubs{{{sa}}} established with SPIs c{hexid(7)}_i {hexid(8)}_o and TS 10.254.0.0/16 === 10.254.{random.randint(1, 40)}.{random.randint(2, 250)}/32",
            "[CFG] rereading secrets", f"[IKE] IKE_SA rpm-hubs[{sa}] state change: ESTABLISHED => DELETING",
            f"[ENC] generating INFORMATIONAL request {random.randint(0, 40)} [ ]"])]
    p = random.choice([x for x in PATIENTS if x.get("hub")])
    if random.random() < 0.5:
        return "strongswan-charon", [head + f"[IKE] IKE_SA rpm-hubs[{sa}] established between {RPM_VPN_IP}[C=US, O=St. Brigid RMC, CN=vpn-rpm.{HOSP_DOMAIN}]...",
                                     (p["ip"], "ip"), "[C=US, O=St. Brigid RMC RPM, CN=", (p["hub"], "device"), "]"]
    return "strongswan-charon", [head + "[NET] received packet: from ", (p["ip"], "ip"), f"[4500] to {RPM_VPN_IP}[4500] ({random.randint(80, 600)} bytes)"]


def fam_rpmgw(t, phi):
    head = f"ts={iso_local(t)} level=%s svc=rpm-gw "
    if not phi:
        return "rpm-gateway-logfmt", [head % "info" + random.choice([
            f'msg="batch upload complete" hubs={random.randint(20, 60)} readings={random.randint(200, 3000)} dur_ms={random.randint(100, 4000)} dest=https://fhir.{HOSP_DOMAIN}/R4',
            f'msg="cert rotation scheduled" ca="SBRMC RPM Issuing CA 2" not_after=2025-02-01T00:00:00Z count={random.randint(20, 60)}',
            f'msg="firmware manifest published" model=HS2-4K version=3.8.{random.randint(1, 4)} build=2024-10-29 sha256={hexid(16)}'])]
    p = random.choice([x for x in PATIENTS if x.get("hub")])
    r = random.random()
    if r < 0.4:
        return "rpm-gateway-logfmt", [head % "info" + 'msg="hub session up" hub_sn=', (p["hub"], "device"), " peer=", (p["ip"], "ip"),
                                      " patient_ref=MRN", (p["mrn"], "mrn"), f" program={random.choice(['CHF-RPM', 'COPD-RPM'])} fw=3.8.1"]
    if r < 0.62:
        typ, val = random.choice([("weight", f"{random.uniform(70, 95):.1f}kg"), ("spo2", f"{random.randint(88, 99)}%"),
                                  ("bp", f"{random.randint(110, 165)}/{random.randint(65, 95)}mmHg")])
        return "rpm-gateway-logfmt", [head % "info" + 'msg="reading ingested" hub_sn=', (p["hub"], "device"),
                                      f" type={typ} value={val} obs_id=obs-{hexid(12)} latency_ms={random.randint(50, 2000)}"]
    ev = random.choice(["hub shipment delivered, awaiting activation", "replacement hub shipped (battery fault)",
                        "carrier exception: address verification failed", "return label generated for retired hub"])
    return "rpm-gateway-logfmt", [head % "warn" + f'msg="{ev}" hub_sn=', (p["hub"], "device"), ' ship_to="',
                                  (p["street"], "address"), ", ", (p["city"], "address"), ", IL ", (p["zip"], "zip"),
                                  f'" carrier=UPS tracking=1Z{hexid(6).upper()}03{random.randint(10 ** 9, 10 ** 10 - 1)} support_phone=8005550199']


def fam_cups(t, phi):
    pr = random.choice(["HP-4W-NS01", "HP-3N-NS02", "HP-ED-REG01", "XRX-ADM-02", "HP-PFS-03"])
    u = random.choice(STAFF)[0]
    pre = f"{pr} {u} {random.randint(100, 9999)} [{t.strftime('%d/%b/%Y:%H:%M:%S')} -0600] total {random.randint(1, 14)} - 10.40.{random.randint(1, 12)}.{random.randint(10, 99)} "
    post = " na_letter_8.5x11in " + random.choice(["one-sided", "two-sided-long-edge"])
    if not phi:
        return "cups-page-log", [pre + random.choice(["Shift_Schedule_Nov.xlsx", "Microsoft Word - Policy NUR-4.12 Fall Prevention",
                                                      "Huddle_Board_2024-11-04.pdf", "Sepsis_Bundle_Checklist_v7.pdf", "Census_Report_0600.pdf",
                                                      "Code_Cart_Check_4W.pdf"]) + post]
    p = random.choice(PATIENTS)
    if random.random() < 0.6:
        doc = random.choice(["Discharge_Instructions", "AVS", "Consent_Form", "Medication_List"])
        return "cups-page-log", [pre + doc + "_", (p["last"].upper().replace(" ", "_"), "name"), "_",
                                 (p["first"].upper().replace(" ", "_"), "name"), ".pdf" + post]
    return "cups-page-log", [pre + "Label_MRN", (p["mrn"], "mrn"), f"_{random.randint(1, 9)}.zpl" + post]


def fam_zpl(t, phi):
    head = f"{t.strftime('%Y-%m-%d %H:%M:%S')},{ms(t)} %s [zpl-spool-{random.randint(1, 4)}] "
    prn = random.choice(["ZD621-4W-ADM", "ZD621-ED-REG", "ZD621-LAB-01", "ZD421-LOBBY"])
    if not phi:
        return "zpl-spooler", [head % random.choice(["WARN", "INFO"]) + random.choice([
            f"PrinterStatus printer={prn} ip=10.40.{random.randint(1, 12)}.{random.randint(100, 199)} state=RIBBON_LOW media=wristband-adult",
            f"PrinterStatus printer={prn} state=HEAD_OPEN since={t.strftime('%H:%M:%S')}",
            f"QueueStats queue=ARMBAND depth={random.randint(0, 6)} sent_last_5m={random.randint(0, 40)} failed=0",
            f"PrintJob id={random.randint(80000, 99999)} printer={prn} queue=SPECIMEN src=beaker-lab01 status=SENT bytes={random.randint(800, 3000)}"])]
    p = random.choice([x for x in PATIENTS if x["room"]])
    segs = [head % "INFO" + f"PrintJob id={random.randint(80000, 99999)} printer={prn} queue=ARMBAND src=epic-bca01 user=svc_epicprint fields={{NAME:\"",
            (p["last"].upper() + ", " + p["first"].upper(), "name"), "\", MRN:\"", (p["mrn"], "mrn"), "\", DOB:\"",
            (fmt_date(p["dob"], "us"), "date"), "\", AGE:\""]
    if p["age"] > 89:
        segs += [(str(p["age"]), "age"), "Y\""]
    else:
        segs += [f"{p['age']}Y\""]
    segs += [f", ADM:\"", (f"11/{random.randint(1, 4):02d}/2024", "date"), f"\", LOC:\"{p['room']}\"}} status=SENT bytes={random.randint(1500, 2400)}"]
    return "zpl-spooler", segs


def fam_winprint(t, phi):
    head = (f"{iso_local(t)} PRTSRV02 Microsoft-Windows-PrintService/Operational 307 Information: Document {random.randint(10, 999)}, ")
    u = random.choice(STAFF)[0]
    ws = random.choice(STAFF_HOSTS[:8])
    pr = random.choice(["HP-4W-NS01", "HP-3N-NS02", "HP-PFS-03", "XRX-ADM-02"])
    tail = (f" owned by {u} on \\\\{ws} was printed on {pr} through port IP_10.40.{random.randint(1, 12)}.{random.randint(10, 99)}. "
            f"Size in bytes: {random.randint(20000, 900000)}. Pages printed: {random.randint(1, 12)}. No user action is required.")
    if not phi:
        return "windows-print-307", [head + random.choice(["Microsoft Outlook - Memo Style", "Staffing grid 11-04.xlsx",
                                                           "Print Document", "Microsoft Word - Budget FY25 draft.docx"]) + tail]
    p = random.choice(PATIENTS)
    return "windows-print-307", [head + "Microsoft Word - Letter to ", (pfull(p), "name"), ".docx" + tail]


def fam_badge(t, phi):
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    if not phi:
        s = random.choice(STAFF)
        res, reader = random.choice([("ACCESS GRANTED", "ED-AMBULANCE-BAY-IN"), ("ACCESS GRANTED", "PHARM-VAULT-DOOR"),
                                     ("ACCESS GRANTED", "4W-MEDROOM"), ("ACCESS DENIED - INVALID TIME ZONE", "MDF-2-DATACENTER"),
                                     ("ACCESS GRANTED", "LDRP-UNIT-ENTRY"), ("ACCESS DENIED - NO ACCESS LEVEL", "NICU-ENTRY-A")])
        return "lenel-badge-csv", [f"{ts},{res},LNL-2220-{random.randint(1, 12):02d},{reader},{random.randint(40000, 49999):07d},"
                                   f"\"{s[1]}, {s[2]}\",Employee,{s[3]}"]
    v = random.choice(VISITORS)
    pt = PATIENTS[v["pt"]]
    return "lenel-badge-csv", [f"{ts},ACCESS GRANTED,LNL-2220-01,MAIN-LOBBY-TURNSTILE-{random.randint(1, 3)},V{random.randint(100, 400):04d},\"",
                               (v["last"] + ", " + v["first"], "name"), f"\",Visitor,Visiting {pt['room']}"]


def fake_jpeg_b64(n):
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(random.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def fam_kiosk(t, phi):
    head = f'{{"ts":"{iso_local(t)}","kiosk":"LOBBY-K{random.randint(1, 3)}",'
    if not phi:
        return "visitor-kiosk-json", [head + random.choice([
            f'"event":"kiosk.heartbeat","uptimeSec":{random.randint(1000, 900000)},"appVersion":"6.4.2","printer":"ZD421-LOBBY","paper":"ok"}}',
            f'"event":"watchlist.sync","records":{random.randint(100, 400)},"source":"sbrmc-security","durationMs":{random.randint(100, 900)}}}',
            f'"event":"visitor.checkout","badgeNo":"V{random.randint(100, 400):04d}","visitMinutes":{random.randint(5, 300)}}}'])]
    v = random.choice(VISITORS)
    pt = PATIENTS[v["pt"]]
    segs = [head + '"event":"visitor.checkin","visitor":{"firstName":"', (v["first"], "name"), '","lastName":"', (v["last"], "name"),
            '","mobile":"', (fmt_phone(v["phone"], "dash"), "phone"), '","idScan":{"type":"DL","state":"IL","number":"', (v["dl"], "license"), '"}']
    if random.random() < 0.5:
        segs += [',"photo":"', ("data:image/jpeg;base64," + fake_jpeg_b64(random.randint(300, 700)), "photo"), '"']
    segs += ['},"visiting":{"patientName":"', (pfull(pt), "name"), f'","unit":"{pt["room"].split("-")[0]}","room":"{pt["room"]}"}},'
             f'"badgeNo":"V{random.randint(100, 400):04d}","watchlistHit":false}}']
    return "visitor-kiosk-json", segs


def fam_haproxy(t, phi):
    ts = t.strftime("%d/%b/%Y:%H:%M:%S.") + ms(t)
    head = f"{syslog_ts(t)} lb-ext01 haproxy[2231]: "
    tc, tr = random.randint(0, 3), random.randint(5, 400)
    timers = f"0/0/{tc}/{tr}/{tc + tr + random.randint(0, 6)}"
    mid = f" [{ts}] fe_myhealth~ be_myhealth/mh-app0{random.randint(1, 4)} {timers} 200 {random.randint(300, 60000)} - - ---- {random.randint(100, 500)}/{random.randint(90, 480)}/{random.randint(1, 30)}/{random.randint(1, 10)}/0 0/0 \""
    if not phi:
        if random.random() < 0.6:
            return "haproxy-httplog", [head + f"10.1.50.{random.randint(2, 9)}:{random.randint(1025, 65000)}" + mid.replace("fe_myhealth~", "fe_health")
                                       + "GET /healthz HTTP/1.1\""]
        return "haproxy-httplog", [head + f"{ip_priv('10.20')}:{random.randint(1025, 65000)}" + mid + random.choice(
            ["GET /MyChart/en-US/images/logo.png HTTP/1.1\"", "GET /MyChart/scripts/app.8f3a2c.js HTTP/1.1\"", "GET /MyChart/Authentication/Login HTTP/1.1\""])]
    p = random.choice(PATIENTS)
    path = random.choice([
        lambda: ["GET /MyChart/Messaging/Thread?pid=", (p["mrn"], "mrn"), "&name=", (urllib.parse.quote_plus(pfull(p)), "name"), " HTTP/1.1\""],
        lambda: ["GET /MyChart/Home/ HTTP/1.1\""],
        lambda: ["POST /MyChart/Authentication/Login/DoLogin HTTP/1.1\""],
        lambda: ["GET /MyChart/Billing/Summary?acct=", (p["acct"], "account"), " HTTP/1.1\""],
    ])()
    return "haproxy-httplog", [head, (p["ip"], "ip"), f":{random.randint(1025, 65000)}" + mid] + path


def fam_alb(t, phi):
    utc = iso_utc(t)
    cport = random.randint(1025, 65000)
    target = f"10.60.2.{random.randint(11, 18)}:443"

    def line(client, req, ua):
        return ([f"https {utc} app/sbrmc-portal-alb/50dc6c495c0c9188 "] + client + [f":{cport} {target} 0.001 {random.uniform(0.005, 0.9):.3f} 0.000 200 200 "
                                                                                      f"{random.randint(200, 2000)} {random.randint(300, 90000)} \"", ] + req +
                [f"\" \"{ua}\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:411908342263:targetgroup/myhealth-tg/73e2d6bc24d8a067 "
                 f"\"Root=1-{hexid(8)}-{hexid(24)}\" \"{PORTAL}\" \"arn:aws:acm:us-east-2:411908342263:certificate/{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}\" "
                 f"0 {iso_utc(t, 6)} \"forward\" \"-\" \"-\" \"{target}\" \"200\" \"-\" \"-\""])
    if not phi:
        if random.random() < 0.5:
            return "aws-alb-access", line([f"10.60.{random.randint(0, 3)}.{random.randint(2, 250)}"], [f"GET https://{PORTAL}:443/api/health HTTP/1.1"], "ELB-HealthChecker/2.0")
        return "aws-alb-access", line([f"{random.choice(['52.36.158', '18.236.74', '3.130.208'])}.{random.randint(2, 250)}"],
                                      [f"GET https://{PORTAL}:443/MyChart/ HTTP/1.1"], "Site24x7")
    p = random.choice(PATIENTS)
    req = random.choice([
        lambda: [f"GET https://{PORTAL}:443/api/v2/patients/", (p["mrn"], "mrn"), "/appointments?limit=20 HTTP/2.0"],
        lambda: [f"GET https://{PORTAL}:443/MyChart/Scheduling/ConfirmAppt?mrn=", (p["mrn"], "mrn"), "&apptDate=",
                 (f"2024-11-{random.randint(6, 28):02d}", "date"), " HTTP/2.0"],
        lambda: [f"GET https://{PORTAL}:443/fa/apply/step2?applicant_ssn=", (f"{random.choice([512, 318, 447, 620])}-{random.randint(10, 99)}-{random.randint(1000, 9999)}", "ssn"),
                 "&dob=", (fmt_date(p["dob"], "usenc"), "date"), " HTTP/2.0"],
        lambda: [f"POST https://{PORTAL}:443/api/v2/proxy/invite?email=", (PATIENTS_RELEMAIL.get(p["mrn"], p["email"]).replace("@", "%40"), "email"), " HTTP/2.0"],
        lambda: [f"GET https://{PORTAL}:443/MyChart/en-US/images/logo.png HTTP/2.0"],
    ])()
    return "aws-alb-access", line([(p["ip"], "ip")], req, random.choice(UAS))


PATIENTS_RELEMAIL = {PATIENTS[v["pt"]]["mrn"]: v["email"] for v in VISITORS}


def fam_lpr(t, phi):
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)
    cam = random.choice(["garage-p2-entry-1", "garage-p2-exit-1", "garage-p1-entry-2", "ed-lot-gate"])
    if not phi:
        if random.random() < 0.5:
            plate = random.choice(["CH 7", "DN "]) + str(random.randint(10000, 99999))
            return "lpr-gate", [f"{ts} LPR[{cam}] plate={plate.replace(' ', '')} state=IL conf=0.{random.randint(90, 99)} lane={random.randint(1, 2)} "
                                f"result=PERMIT permit=EMP-{random.randint(1000, 3999)} zone=STAFF-P1"]
        return "lpr-gate", [f"{ts} PARCS[{cam}] validation applied ticket=P2-{random.randint(400000, 499999)} reason={random.choice(['PATIENT_DISCHARGE', 'ED_VISIT', 'ONCOLOGY_INFUSION'])} "
                            f"unit={random.choice(['4W', 'ED', '6E', 'INF'])} validatedBy={random.choice(STAFF)[0]} amount=0.00"]
    v = random.choice(VISITORS)
    return "lpr-gate", [f"{ts} LPR[{cam}] plate=", (v["plate"].replace(" ", ""), "vehicle"),
                        f" state=IL conf=0.{random.randint(85, 99)} lane={random.randint(1, 2)} ticket=P2-{random.randint(400000, 499999)} result=TRANSIENT zone=VISITOR-P2"]


def fam_fax(t, phi):
    # HylaFAX xferfaxlog: outbound faxes go to provider offices (look-alike numbers, never PHI here)
    num = random.choice(["18475550199", "13125550142", "17735550100", "16305550177"])
    return "hylafax-xferfaxlog", [f"{t.strftime('%m/%d/%y %H:%M')}\tSEND\t{random.randint(1000, 9999):06d}\tttyIAX{random.randint(0, 3)}\tsvc_rightfax\t\"\"\t"
                                  f"{num}\t\"{random.choice(['Northside Cardiology', 'Lakeview Family Med', 'Walgreens #04412', 'Apria Healthcare'])}\"\t"
                                  f"9600\t{random.randint(1, 9)}\t0:{random.randint(10, 59)}\t0:{random.randint(10, 59)}\t\"\""]


# family: (fn, weight_nophi, weight_phi)
FAMILIES = [
    (fam_guest_portal, 6, 7), (fam_ise, 8, 4), (fam_clearpass, 5, 4), (fam_aruba, 6, 5), (fam_dhcpd, 8, 6),
    (fam_windhcp, 3, 2), (fam_bind, 7, 3), (fam_pan_traffic, 9, 5), (fam_pan_url, 5, 5), (fam_zscaler, 4, 4),
    (fam_nfdump, 6, 4), (fam_asa, 5, 0), (fam_strongswan, 3, 3), (fam_rpmgw, 2, 4), (fam_cups, 3, 3),
    (fam_zpl, 3, 4), (fam_winprint, 2, 2), (fam_badge, 5, 2), (fam_kiosk, 2, 3), (fam_haproxy, 4, 4),
    (fam_alb, 3, 5), (fam_lpr, 3, 2), (fam_fax, 2, 0),
]


def build(segs):
    out = bytearray()
    spans = []
    for s in segs:
        if isinstance(s, tuple):
            val, cat = s
            b = val.encode("utf-8")
            st = len(out)
            out += b
            spans.append({"s": st, "e": len(out), "cat": cat, "_v": b})
        else:
            out += s.encode("utf-8")
    for sp in spans:
        assert bytes(out[sp["s"]:sp["e"]]) == sp.pop("_v")
    return bytes(out), spans


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}


def main():
    flags = [False] * N_NOPHI + [True] * (N_LINES - N_NOPHI)
    random.shuffle(flags)
    lines, labels = [], []
    for i, phi in enumerate(flags, 1):
        t = tick()
        pool = [(f, w_p if phi else w_n) for f, w_n, w_p in FAMILIES]
        pool = [(f, w) for f, w in pool if w > 0]
        fn = random.choices([f for f, _ in pool], weights=[w for _, w in pool])[0]
        fam, segs = fn(t, phi)
        b, spans = build(segs)
        assert bool(spans) == phi, (fam, phi, b)
        assert b"\n" not in b and len(b) <= 4000, (fam, len(b))
        prev = 0
        for sp in spans:
            assert sp["cat"] in CATS and sp["s"] >= prev and sp["e"] > sp["s"]
            prev = sp["e"]
        lines.append(b)
        labels.append({"line": i, "family": fam, "spans": spans})
    with open(os.path.join(HERE, "ef.log"), "wb") as f:
        f.write(b"\n".join(lines) + b"\n")
    with open(os.path.join(HERE, "ef.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
