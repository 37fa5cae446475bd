package synth

// Access logs: Apache/Nginx common and combined, Envoy, HAProxy, AWS ELB,
// ALB and CloudFront, IIS W3C. PHI rides in query strings (URL-encoded),
// path segments, the authenticated user field, referers and client IPs.

var queryNoise = []string{"page=2", "per_page=50", "sort=-created_at", "include=coverage", "format=json", "utm_source=newsletter", "v=3", "lang=en-US", "fields=id,status", "expand=true", "limit=25", "offset=100", "_csrf=8f2a9c"}

// queryString writes k=v pairs. Values are escaped with e, or now and
// then with another URL convention (%20 or hand-built, unescaped '@').
func (g *gen) queryString(phi bool, e enc) {
	switch g.weighted([]int{70, 15, 15}) {
	case 1:
		e = encPath
	case 2:
		e = encLoose
	}
	ks := g.keyStyle([]int{60, 35, 0, 0, 0, 5})
	first := true
	sep := func() {
		if !first {
			g.b.c('&')
		}
		first = false
	}
	if g.chance(0.4) {
		sep()
		g.b.w(pick(g, queryNoise))
	}
	g.noBlob = true // nobody puts an image in a query string
	fs := g.pickFields(phi, g.nPHI(), g.n(2))
	g.noBlob = false
	for _, c := range fs {
		sep()
		g.k = appendKey(g.k[:0], pick(g, c.keys), ks)
		for i, ch := range g.k {
			if ch == ' ' || ch == '#' {
				g.k[i] = '_'
			}
		}
		g.b.wb(g.k)
		g.b.c('=')
		v, kind := g.value(c)
		g.b.push(e)
		if c.cat == "" {
			g.b.wb(v)
		} else {
			g.b.key = true
			g.b.phi(c.cat, kind, v)
			g.b.key = false
		}
		g.b.pop()
	}
	if first {
		g.b.w(pick(g, queryNoise))
	}
}

type pathPHI struct {
	pre, post, cat, kind string
	f                    func(*gen, []byte) []byte
}

var phiPaths = []pathPHI{
	{"/api/v1/patients/", "", "mrn", "mrn", (*gen).mrn},
	{"/fhir/Patient?identifier=urn:mrn|", "", "mrn", "mrn", (*gen).mrn},
	{"/api/v2/members/", "/eligibility", "health_plan", "member_id", (*gen).memberID},
	{"/medicare/beneficiaries/", "/claims", "health_plan", "mbi", (*gen).mbi},
	{"/lookup/ssn/", "", "ssn", "ssn", (*gen).ssn},
	{"/providers/npi/", "", "license", "npi", (*gen).npi},
	{"/api/vehicles/", "/valet", "vehicle", "vin", (*gen).vin},
	{"/devices/", "/pair", "device", "imei", (*gen).imei},
	{"/api/v1/phones/", "/verify", "phone", "phone", (*gen).phone},
}

// requestTarget writes a path and query, with PHI when phi.
func (g *gen) requestTarget(phi bool) {
	if phi && g.chance(0.3) {
		if g.chance(0.25) {
			g.b.w("/api/v1/users/")
			g.v = g.email(g.v[:0], &g.pat)
			g.b.key = true
			if g.chance(0.5) {
				g.b.push(encPath)
				g.b.phi("email", "email", g.v)
				g.b.pop()
			} else {
				g.b.phi("email", "email", g.v)
			}
			g.b.key = false
			g.b.w("/profile")
			return
		}
		p := pick(g, phiPaths)
		g.b.w(p.pre)
		g.v = p.f(g, g.v[:0])
		g.b.key = true
		g.b.push(encPath)
		g.b.phi(p.cat, p.kind, g.v)
		g.b.pop()
		g.b.key = false
		g.b.w(p.post)
		return
	}
	if !phi && g.chance(0.5) {
		g.b.w(pick(g, apiPaths))
		return
	}
	g.b.w(pick(g, []string{"/api/v1/patients/search", "/patients", "/search", "/api/v2/eligibility", "/portal/lookup", "/intake/form", "/scheduling/find"}))
	g.b.c('?')
	g.queryString(phi, encQuery)
}

// clientIP writes the client address: public and labeled on PHI lines
// (sometimes), private and unlabeled otherwise.
func (g *gen) clientIP(phi bool) {
	if phi && g.chance(0.6) {
		g.b.key = true
		if g.chance(0.12) {
			g.v = g.ipv6Public(g.v[:0])
			g.b.phi("ip", "ipv6", g.v)
		} else {
			g.v = g.ipv4Public(g.v[:0])
			g.b.phi("ip", "ipv4", g.v)
		}
		g.b.key = false
		return
	}
	g.noise((*gen).privateIP)
}

func (g *gen) referer(phi bool) {
	switch {
	case phi && g.chance(0.25):
		g.b.w("https://portal.acme-health.example/search?")
		g.queryString(true, encQuery)
	case g.chance(0.5):
		g.b.c('-')
	default:
		g.b.w(pick(g, []string{"https://portal.acme-health.example/dashboard", "https://www.google.com/", "https://intranet.acme-health.example/claims?page=3", "android-app://com.acme.portal"}))
	}
}

func genAccess(g *gen, phi bool) {
	// Spread the PHI over the line's slots.
	user := phi && g.chance(0.15)
	switch g.weighted([]int{30, 8, 12, 6, 9, 9, 6, 6, 7, 7}) {
	case 0, 1, 2, 3: // Apache/Nginx family
		style := g.n(4)
		if style == 3 {
			g.b.w(pick(g, []string{"portal.acme-health.example:443 ", "api.acme-health.example:80 "}))
		}
		g.clientIP(phi)
		g.b.w(" - ")
		if user {
			g.b.key = true
			g.v = g.email(g.v[:0], &g.pat)
			g.b.phi("email", "email", g.v)
			g.b.key = false
		} else {
			g.b.c('-')
		}
		g.b.w(" [")
		g.stamp(6)
		g.b.w("] \"")
		g.b.w(pick(g, methods))
		g.b.c(' ')
		g.requestTarget(phi)
		g.b.w(" HTTP/")
		g.b.w(pick(g, []string{"1.1", "1.1", "2.0", "1.0"}))
		g.b.w("\" ")
		g.b.w(pick(g, []string{"200", "200", "200", "304", "404", "500", "302", "401"}))
		g.b.c(' ')
		g.num(0, 250000)
		if style == 1 {
			return
		}
		g.b.w(" \"")
		g.referer(phi && !user)
		g.b.w("\" \"")
		g.b.w(pick(g, userAgents))
		g.b.c('"')
		if style == 2 {
			g.b.c(' ')
			g.num(0, 9)
			g.b.c('.')
			g.num(100, 999)
			g.b.w(" \"")
			g.noise((*gen).privateIP)
			g.b.w(", ")
			g.noise((*gen).privateIP)
			g.b.c('"')
		}
	case 4: // AWS classic ELB
		g.stamp(11)
		g.b.w(" portal-elb ")
		g.clientIP(phi)
		g.b.c(':')
		g.num(1024, 65535)
		g.b.c(' ')
		g.noise((*gen).privateIPv4)
		g.b.w(":80 0.0000")
		g.num(10, 99)
		g.b.w(" 0.00")
		g.num(1000, 9999)
		g.b.w(" 0.0000")
		g.num(10, 99)
		g.b.w(" 200 200 0 ")
		g.num(10, 99999)
		g.b.w(" \"GET https://portal.acme-health.example:443")
		g.requestTarget(phi)
		g.b.w(" HTTP/1.1\" \"")
		g.b.w(pick(g, userAgents))
		g.b.w("\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2")
	case 5: // ALB
		g.b.w("https ")
		g.stamp(11)
		g.b.w(" app/portal-alb/")
		g.noise(func(g *gen, d []byte) []byte { return appendHex(g, d, 16) })
		g.b.c(' ')
		g.clientIP(phi)
		g.b.c(':')
		g.num(1024, 65535)
		g.b.c(' ')
		g.noise((*gen).privateIPv4)
		g.b.w(":8080 0.001 0.0")
		g.num(10, 99)
		g.b.w(" 0.000 200 200 ")
		g.num(100, 999)
		g.b.c(' ')
		g.num(100, 99999)
		g.b.w(" \"")
		g.b.w(pick(g, methods))
		g.b.w(" https://portal.acme-health.example:443")
		g.requestTarget(phi)
		g.b.w(" HTTP/2.0\" \"")
		g.b.w(pick(g, userAgents))
		g.b.w("\" TLS_AES_128_GCM_SHA256 TLSv1.3 arn:aws:elasticloadbalancing:")
		g.b.w(pick(g, regions))
		g.b.c(':')
		g.noise(func(g *gen, d []byte) []byte { return appendDigits(g, d, 12) })
		g.b.w(":targetgroup/portal-tg/")
		g.noise(func(g *gen, d []byte) []byte { return appendHex(g, d, 16) })
		g.b.w(" \"Root=1-")
		g.noise(func(g *gen, d []byte) []byte { return appendHex(g, d, 8) })
		g.b.c('-')
		g.noise(func(g *gen, d []byte) []byte { return appendHex(g, d, 24) })
		g.b.w("\" \"portal.acme-health.example\" \"-\" 0 ")
		g.stamp(11)
		g.b.w(" \"forward\" \"-\" \"-\" \"")
		g.noise((*gen).privateIPv4)
		g.b.w(":8080\" \"200\" \"-\" \"-\"")
	case 6: // IIS W3C
		g.stamp(3)
		g.b.w(" ")
		g.noise((*gen).privateIP)
		g.b.c(' ')
		g.b.w(pick(g, []string{"GET", "POST"}))
		g.b.c(' ')
		g.b.w(pick(g, []string{"/PatientPortal/Lookup.aspx", "/api/Members", "/Scheduling/Find"}))
		g.b.c(' ')
		g.queryString(phi, encQuery)
		g.b.w(" 443 ")
		if user {
			g.b.key = true
			g.v = g.email(g.v[:0], &g.pat)
			g.b.phi("email", "email", g.v)
			g.b.key = false
		} else {
			g.b.c('-')
		}
		g.b.c(' ')
		g.clientIP(phi)
		g.b.w(" Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200 0 0 ")
		g.num(1, 9999)
	case 7: // CloudFront
		g.stamp(3)
		g.buf2Tabs()
		g.b.w("IAD89-C1\t")
		g.num(200, 99999)
		g.b.c('\t')
		g.clientIP(phi)
		g.b.w("\tGET\td111111abcdef8.cloudfront.net\t")
		g.b.w(pick(g, []string{"/portal/lookup", "/search", "/api/v1/patients/search"}))
		g.b.w("\t200\t-\tMozilla/5.0%20(iPhone;%20CPU%20iPhone%20OS%2017_4_1%20like%20Mac%20OS%20X)\t")
		g.queryString(phi, encQuery)
		g.b.w("\t-\tMiss\t")
		g.noise(func(g *gen, d []byte) []byte {
			for range 20 {
				d = append(d, g.alnumL())
			}
			return append(d, "=="...)
		})
		g.b.w("\tportal.acme-health.example\thttps\t")
		g.num(100, 999)
		g.b.w("\t0.0")
		g.num(10, 99)
	case 8: // HAProxy
		g.stamp(5)
		g.b.w(" lb1 haproxy[")
		g.num(100, 9999)
		g.b.w("]: ")
		g.clientIP(phi)
		g.b.c(':')
		g.num(1024, 65535)
		g.b.w(" [")
		g.stamp(6)
		g.b.w("] fe_https~ be_portal/srv")
		g.num(1, 9)
		g.b.w(" 0/0/1/")
		g.num(1, 900)
		g.b.w("/")
		g.num(1, 900)
		g.b.w(" 200 ")
		g.num(100, 99999)
		g.b.w(" - - ---- 12/12/0/0/0 0/0 \"")
		g.b.w(pick(g, methods))
		g.b.c(' ')
		g.requestTarget(phi)
		g.b.w(" HTTP/1.1\"")
	default: // Envoy
		g.b.c('[')
		g.stamp(0)
		g.b.w("] \"")
		g.b.w(pick(g, methods))
		g.b.c(' ')
		g.requestTarget(phi)
		g.b.w(" HTTP/2\" ")
		g.b.w(pick(g, []string{"200", "503", "404", "200"}))
		g.b.w(" - via_upstream - \"-\" 0 ")
		g.num(10, 99999)
		g.b.c(' ')
		g.num(1, 999)
		g.b.c(' ')
		g.num(1, 999)
		g.b.w(" \"")
		g.clientIP(phi)
		g.b.w("\" \"")
		g.b.w(pick(g, userAgents))
		g.b.w("\" \"")
		g.noise((*gen).uuid)
		g.b.w("\" \"portal.acme-health.example\" \"")
		g.noise((*gen).privateIPv4)
		g.b.w(":8080\"")
	}
}

func (g *gen) buf2Tabs() {
	// CloudFront separates date and time with a tab.
	for i := len(g.b.buf) - 1; i >= 0; i-- {
		if g.b.buf[i] == ' ' {
			g.b.buf[i] = '\t'
			break
		}
	}
	g.b.c('\t')
}
