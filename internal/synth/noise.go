package synth

import "encoding/base64"

// Look-alike values that are not PHI: identifiers, timestamps, codes and
// numbers that share shapes with PHI (9- and 10-digit numbers, 5-digit
// numbers, dates, hex and base64) but are not tied to a person.

func (g *gen) uuid(d []byte) []byte {
	d = appendHex(g, d, 8)
	d = appendHex(g, append(d, '-'), 4)
	d = append(d, '-', "12345789"[g.n(8)])
	d = appendHex(g, d, 3)
	d = append(d, '-', "89ab"[g.n(4)])
	d = appendHex(g, d, 3)
	return appendHex(g, append(d, '-'), 12)
}

// A log time: 2025-2026, with milliseconds.
type stamp struct {
	date
	ms, us int
}

func (g *gen) now() stamp {
	return stamp{date: g.dateIn(2025, 2026), ms: g.n(1000), us: g.n(1000)}
}

// daysFromCivil returns days since 1970-01-01 (Howard Hinnant's algorithm).
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func (t stamp) epoch() int {
	return daysFromCivil(t.y, t.m, t.d)*86400 + t.hh*3600 + t.mi*60 + t.ss
}

const numStampForms = 17

func appendClock(d []byte, t stamp) []byte {
	return appendPad(append(appendPad(append(appendPad(d, t.hh, 2), ':'), t.mi, 2), ':'), t.ss, 2)
}

func appendStamp(d []byte, t stamp, form int) []byte {
	switch form {
	case 0:
		d = appendClock(append(appendDate(d, t.date, dISO), 'T'), t)
		d = append(appendPad(append(d, '.'), t.ms, 3), 'Z')
	case 1:
		d = appendClock(append(appendDate(d, t.date, dISO), 'T'), t)
		d = appendPad(appendPad(append(d, '.'), t.ms, 3), t.us, 3)
		d = append(d, "+00:00"...)
	case 2:
		d = appendClock(append(appendDate(d, t.date, dISO), ' '), t)
		d = appendPad(append(d, ','), t.ms, 3)
	case 3:
		d = appendClock(append(appendDate(d, t.date, dISO), ' '), t)
		d = appendPad(append(d, '.'), t.ms, 3)
	case 4:
		d = appendClock(append(appendDate(d, t.date, dSlashISO), ' '), t)
	case 5:
		d = append(d, monthAbbr[t.m-1]...)
		if t.d < 10 {
			d = append(d, ' ')
		}
		d = appendClock(append(appendInt(append(d, ' '), t.d), ' '), t)
	case 6:
		d = appendInt(append(append(append(appendPad(d, t.d, 2), '/'), monthAbbr[t.m-1]...), '/'), t.y)
		d = append(appendClock(append(d, ':'), t), " +0000"...)
	case 7:
		d = appendInt(d, t.epoch())
	case 8:
		d = appendPad(appendInt(d, t.epoch()), t.ms, 3)
	case 9:
		d = appendPad(appendPad(append(appendInt(d, t.epoch()), '.'), t.ms, 3), t.us, 3)
	case 10:
		d = append(append(append(append(d, weekdays[t.weekday()]...), ' '), monthAbbr[t.m-1]...), ' ')
		if t.d < 10 {
			d = append(d, ' ')
		}
		d = appendInt(append(appendClock(append(appendInt(d, t.d), ' '), t), ' '), t.y)
	case 11:
		d = appendClock(append(appendDate(d, t.date, dISO), 'T'), t)
		d = append(appendPad(appendPad(appendPad(append(d, '.'), t.ms, 3), t.us, 3), (t.ms*7)%1000, 3), 'Z')
	case 12:
		d = appendClock(append(appendDate(append(d, '['), t.date, dDDMonY), ' '), t)
		d = append(d, " UTC]"...)
	case 13:
		d = append(appendDate(d, t.date, dCompact), 'T')
		d = append(appendPad(appendPad(appendPad(d, t.hh, 2), t.mi, 2), t.ss, 2), 'Z')
	case 14:
		d = append(appendClock(append(appendDate(d, t.date, dISO), 'T'), t), 'Z')
	case 15:
		d = appendInt(append(appendPad(append(append(d, monthAbbr[t.m-1]...), ' '), t.d, 2), ',', ' '), t.y)
		h, ampm := t.hh%12, " AM"
		if h == 0 {
			h = 12
		}
		if t.hh >= 12 {
			ampm = " PM"
		}
		d = appendPad(append(appendPad(append(appendInt(append(d, ' '), h), ':'), t.mi, 2), ':'), t.ss, 2)
		d = append(d, ampm...)
	default: // glog
		d = appendPad(appendPad(append(d, "IWEF"[t.ms%4]), t.m, 2), t.d, 2)
		d = appendPad(appendPad(append(appendClock(append(d, ' '), t), '.'), t.ms, 3), t.us, 3)
	}
	return d
}

// A few noise vocabularies.

var services = []string{"intake-api", "claims-worker", "eligibility-svc", "rx-router", "scheduler", "portal-web", "fhir-gateway", "hl7-bridge", "billing-batch", "notify", "auth", "labs-ingest", "edi-parser", "imaging-proxy", "audit-sink"}
var envs = []string{"prod", "production", "staging", "stg", "dev", "qa", "uat", "perf"}
var regions = []string{"us-east-1", "us-east-2", "us-west-2", "eu-west-1", "ca-central-1", "centralus", "eastus2", "us-central1"}
var levels = []string{"INFO", "WARN", "ERROR", "DEBUG", "INFO", "INFO", "TRACE", "FATAL"}
var methods = []string{"GET", "GET", "GET", "POST", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"}
var icd10 = []string{"E11.9", "I10", "J45.909", "Z00.00", "M54.5", "F41.1", "K21.9", "N39.0", "R51.9", "S52.501A", "E78.5", "J06.9", "Z23", "I25.10", "F32.A", "G43.909", "L40.0", "O09.90", "Z79.4", "R07.9"}
var cpts = []string{"99213", "99214", "99203", "80053", "85025", "93000", "71046", "36415", "90686", "99395", "97110", "81002", "87635", "G0439", "J1885"}
var payers = []string{"Aetna", "Cigna", "Humana", "Kaiser", "Anthem", "Medicare Part B", "Medicaid", "Tricare", "Oscar", "Molina", "Centene", "Highmark"}
var departments = []string{"Cardiology", "Oncology", "Radiology", "Pediatrics", "Orthopedics", "Emergency", "Dermatology", "Neurology", "Pharmacy", "Laboratory"}
var javaClasses = []string{"com.acme.ehr.patient.PatientService", "org.hospital.intake.AdmissionController", "io.medsys.claims.ClaimProcessor", "com.carelink.fhir.BundleWriter", "net.clinic.sched.SlotAllocator", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", "org.springframework.web.servlet.DispatcherServlet", "com.zaxxer.hikari.pool.HikariPool"}
var pyLoggers = []string{"app.views", "ehr.intake", "celery.worker", "claims.tasks", "django.request", "urllib3.connectionpool", "fhirclient.server", "sqlalchemy.engine"}
var errorCodes = []string{"E_TIMEOUT", "ECONNRESET", "ETIMEDOUT", "ERR_UPSTREAM", "DEADLINE_EXCEEDED", "UNAVAILABLE", "E_VALIDATION", "CONFLICT", "RATE_LIMITED"}
var apiPaths = []string{"/api/v1/claims", "/api/v2/eligibility/batch", "/fhir/R4/metadata", "/healthz", "/readyz", "/metrics", "/api/v1/appointments/slots", "/oauth/token", "/static/js/main.8c1f3a.js", "/favicon.ico", "/api/v1/orders", "/graphql", "/api/v3/providers/search", "/internal/cache/flush", "/webhooks/stripe", "/api/v1/documents/upload", "/robots.txt", "/api/v1/formulary/lookup"}
var userAgents = []string{
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36",
	"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
	"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
	"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
	"Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36",
	"okhttp/4.12.0", "python-requests/2.31.0", "Go-http-client/2.0", "curl/8.5.0",
	"kube-probe/1.29", "ELB-HealthChecker/2.0", "Apache-HttpClient/4.5.14 (Java/17.0.10)",
	"PatientPortal/5.12.3 (com.acme.portal; build:20412; iOS 17.4.1) Alamofire/5.9.1",
	"Dalvik/2.1.0 (Linux; U; Android 14; SM-S918U Build/UP1A.231005.007)",
	"Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
}

func (g *gen) version(d []byte) []byte {
	if g.chance(0.12) { // four-part build numbers look like IPv4 addresses
		d = append(appendInt(d, g.rng(1, 30)), '.')
		d = append(appendInt(d, g.n(20)), '.')
		d = append(appendInt(d, g.n(100)), '.')
		return appendInt(d, g.rng(1, 250))
	}
	if g.chance(0.6) {
		d = append(d, 'v')
	}
	d = append(appendInt(d, g.n(12)), '.')
	d = append(appendInt(d, g.n(40)), '.')
	return appendInt(d, g.n(200))
}

func (g *gen) podName(d []byte) []byte {
	d = append(append(d, pick(g, services)...), '-')
	d = append(appendHex(g, d, g.rng(8, 10)), '-')
	for range 5 {
		d = append(d, "bcdfghjklmnpqrstvwxz2456789"[g.n(27)])
	}
	return d
}

func (g *gen) hostname(d []byte) []byte {
	switch g.n(4) {
	case 0:
		d = append(d, "ip-10-"...)
		d = append(appendInt(d, g.n(256)), '-')
		d = append(appendInt(d, g.n(256)), '-')
		return append(appendInt(d, g.n(256)), ".ec2.internal"...)
	case 1:
		return g.podName(d)
	case 2:
		d = append(append(d, pick(g, []string{"web", "api", "db", "worker", "edge", "cache"})...), '-')
		return append(appendPad(d, g.rng(1, 40), 2), pick(g, []string{".prod.acme-health.net", ".dc2.internal", ".svc.cluster.local", ".corp.example"})...)
	}
	return append(append(d, pick(g, services)...), ".default.svc.cluster.local"...)
}

// privateIPv4 is privateIP without the IPv6 forms, for host:port fields.
func (g *gen) privateIPv4(d []byte) []byte {
	d = append(appendInt(append(d, "10."...), g.n(256)), '.')
	d = append(appendInt(d, g.n(256)), '.')
	return appendInt(d, g.rng(1, 254))
}

func (g *gen) privateIP(d []byte) []byte {
	switch g.n(9) {
	case 0, 1, 2:
		d = append(appendInt(append(d, "10."...), g.n(256)), '.')
	case 3, 4:
		d = append(appendInt(append(d, "172."...), g.rng(16, 31)), '.')
	case 5:
		d = append(d, "192.168."...)
	case 6:
		return append(d, pick(g, []string{"127.0.0.1", "::1", "0.0.0.0", "fe80::1c2a:3bff:fe4d:9e01", "fd12:3456:789a:1::7"})...)
	case 7:
		d = append(d, pick(g, []string{"192.0.2.", "198.51.100.", "203.0.113.", "100.64.3.", "169.254.169."})...)
		return appendInt(d, g.rng(1, 254))
	default:
		d = append(appendInt(append(d, "100."...), g.rng(64, 127)), '.')
	}
	d = append(appendInt(d, g.n(256)), '.')
	return appendInt(d, g.rng(1, 254))
}

func (g *gen) orderID(d []byte) []byte {
	switch g.n(6) {
	case 0:
		return appendDigits(g, append(d, "ORD-"...), 9)
	case 1:
		d = appendInt(append(d, "INV-"...), g.rng(2019, 2026))
		return appendPad(append(d, '-'), g.rng(1, 999999), 6)
	case 2:
		return appendDigits(g, append(d, byte('1'+g.n(9))), 8)
	case 3:
		return appendDigits(g, append(d, byte('1'+g.n(9))), 9)
	case 4:
		return appendDigits(g, append(d, "PO"...), 7)
	}
	return appendDigits(g, append(d, "TXN"...), 12)
}

// jwt appends a structurally valid JWT whose claims carry no PHI.
func (g *gen) jwt(d []byte) []byte {
	d = append(d, pick(g, []string{"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", "eyJhbGciOiJSUzI1NiIsImtpZCI6IjFmMmUzZCJ9", "eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9"})...)
	d = append(d, '.')
	var c [160]byte
	p := append(c[:0], `{"sub":"`...)
	p = g.uuid(p)
	p = append(p, `","iat":`...)
	p = appendInt(p, 1730000000+g.n(60000000))
	p = append(p, `,"scope":"`...)
	p = append(p, pick(g, []string{"claims.read", "patient/*.read", "openid offline_access", "system/Observation.write"})...)
	p = append(p, `"}`...)
	d = base64.RawURLEncoding.AppendEncode(d, p)
	d = append(d, '.')
	var s [32]byte
	return base64.RawURLEncoding.AppendEncode(d, appendRandom(g, s[:0], 32))
}

func (g *gen) apiKey(d []byte) []byte {
	switch g.n(4) {
	case 0:
		d = append(d, "sk_live_"...)
		for range 24 {
			d = append(d, g.alnumL())
		}
	case 1:
		d = append(d, "AKIA"...)
		for range 16 {
			d = append(d, g.alnumU())
		}
	case 2:
		d = append(d, "ghp_"...)
		for range 36 {
			d = append(d, g.alnumL())
		}
	default:
		d = append(d, "xoxb-"...)
		d = append(appendDigits(g, d, 12), '-')
		for range 24 {
			d = append(d, g.alnumL())
		}
	}
	return d
}

func (g *gen) duration(d []byte) []byte {
	switch g.n(4) {
	case 0:
		return append(appendInt(d, g.rng(1, 5000)), "ms"...)
	case 1:
		d = append(appendInt(d, g.n(30)), '.')
		return append(appendPad(d, g.n(1000), 3), 's')
	case 2:
		return append(appendInt(d, g.rng(10, 999)), "µs"...)
	}
	d = append(appendInt(d, g.n(3)), 'm')
	return append(appendInt(d, g.n(60)), 's')
}

// fiveDigit is a 5-digit number that is not a ZIP code: counts, ports,
// byte sizes, CPT codes, pids.
func (g *gen) fiveDigit(d []byte) []byte { return appendInt(d, g.rng(10000, 99999)) }

func (g *gen) ndc(d []byte) []byte {
	d = appendDigits(g, d, 5)
	d = appendDigits(g, append(d, '-'), 4)
	return appendDigits(g, append(d, '-'), 2)
}

func (g *gen) sha(d []byte, n int) []byte { return appendHex(g, d, n) }

func (g *gen) certFingerprint(d []byte) []byte {
	if g.chance(0.5) {
		d = append(d, "SHA256:"...)
		var s [32]byte
		return base64.RawStdEncoding.AppendEncode(d, appendRandom(g, s[:0], 32))
	}
	for i := range 20 {
		if i > 0 {
			d = append(d, ':')
		}
		d = append(d, hexUpper[g.n(16)], hexUpper[g.n(16)])
	}
	return d
}

// nonPersonDate is a date not tied to a person: builds, releases, report
// periods, certificate expiry.
func (g *gen) nonPersonDate(d []byte) []byte {
	t := g.dateIn(2019, 2027)
	return appendDate(d, t, pick(g, []int{dISO, dISO, dUS, dCompact, dISOTime, dMonDY}))
}
