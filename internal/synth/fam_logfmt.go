package synth

// logfmt: key=value pairs, values quoted when they hold spaces, quotes or
// equals signs (go-kit, logrus text formatter, Heroku router).

func needsQuote(v []byte) bool {
	if len(v) == 0 {
		return true
	}
	for _, c := range v {
		if c <= ' ' || c == '"' || c == '=' || c == '\\' {
			return true
		}
	}
	return false
}

// lfConcept writes key=value for concept c.
func (g *gen) lfConcept(c *concept, ks keyStyle) {
	g.k = appendKey(g.k[:0], pick(g, c.keys), ks)
	for i, ch := range g.k {
		if ch == ' ' {
			g.k[i] = '_'
		}
	}
	g.b.wb(g.k)
	g.b.c('=')
	v, kind := g.value(c)
	q := needsQuote(v) || g.chance(0.08)
	if q {
		g.b.c('"')
		g.b.push(encQuote)
	}
	if c.cat == "" {
		g.b.wb(v)
	} else {
		g.b.key = true
		g.b.phi(c.cat, kind, v)
		g.b.key = false
	}
	if q {
		g.b.pop()
		g.b.c('"')
	}
}

func genLogfmt(g *gen, phi bool) {
	if g.chance(0.12) {
		g.herokuRouter(phi)
		return
	}
	ks := g.keyStyle(logfmtStyleW)
	g.b.w(pick(g, []string{"time=", "ts=", "t=", "timestamp=", "at="}))
	g.stamp(pick(g, []int{0, 1, 11, 14, 7}))
	g.b.w(pick(g, []string{" level=", " lvl=", " severity="}))
	lv := pick(g, levels)
	if g.chance(0.6) {
		g.k = appendCase(g.k[:0], lv, false)
		g.b.wb(g.k)
	} else {
		g.b.w(lv)
	}
	if g.chance(0.4) {
		g.b.w(" caller=")
		g.b.w(pick(g, goFiles))
		g.b.c(':')
		g.num(10, 900)
	}
	msgPHI := phi && g.chance(0.45)
	if g.chance(0.9) {
		g.b.w(pick(g, []string{" msg=\"", " message=\"", " event=\""}))
		g.b.push(encQuote)
		if msgPHI {
			g.render(pick(g, phiTemplates))
		} else {
			g.render(pick(g, noiseTemplates))
		}
		g.b.pop()
		g.b.c('"')
	}
	n := g.nPHI()
	if msgPHI {
		n = g.n(2)
	}
	for _, c := range g.pickFields(phi, n, g.rng(1, 6)) {
		g.b.c(' ')
		g.lfConcept(c, ks)
	}
}

// herokuRouter writes a Heroku router line; PHI rides in the path.
func (g *gen) herokuRouter(phi bool) {
	g.stamp(1)
	g.b.w(" heroku[router]: at=info method=")
	g.b.w(pick(g, methods))
	g.b.w(" path=\"")
	g.b.w(pick(g, []string{"/api/patients", "/lookup", "/v2/members/search", "/intake/confirm"}))
	g.b.c('?')
	g.b.push(encQuote)
	g.queryString(phi, encQuery)
	g.b.pop()
	g.b.w("\" host=portal.acme-health.example request_id=")
	g.noise((*gen).uuid)
	g.b.w(" fwd=\"")
	if phi && g.chance(0.6) {
		g.b.key = true
		g.v = g.ipv4Public(g.v[:0])
		g.b.phi("ip", "ipv4", g.v)
		g.b.key = false
	} else {
		g.noise((*gen).privateIP)
	}
	g.b.w("\" dyno=web.")
	g.num(1, 9)
	g.b.w(" connect=")
	g.num(0, 9)
	g.b.w("ms service=")
	g.num(1, 3000)
	g.b.w("ms status=")
	g.b.w(pick(g, []string{"200", "200", "404", "500", "503"}))
	g.b.w(" bytes=")
	g.num(100, 99999)
	g.b.w(" protocol=https")
}
