package synth

// Less common syntaxes that appear inside text lines: ArcSight CEF,
// protobuf text format (gRPC logs), Redis MONITOR, MongoDB command logs
// with JavaScript-style object literals, Postfix delivery lines, HTTP
// header and cookie dumps.

// phiOrNoise writes concept c's value, labeled when PHI.
func (g *gen) phiOrNoise(c *concept) {
	v, kind := g.value(c)
	if c.cat == "" {
		g.b.wb(v)
		return
	}
	g.b.key = true
	g.b.phi(c.cat, kind, v)
	g.b.key = false
}

func (g *gen) noBlobFields(phi bool, lo, hi int) []*concept {
	g.noBlob = true
	fs := g.pickFields(phi, g.nPHI(), g.rng(lo, hi))
	g.noBlob = false
	return fs
}

func (g *gen) cef(phi bool) {
	g.b.w("CEF:0|Acme|PortalWAF|2.")
	g.num(0, 9)
	g.b.c('|')
	g.num(100, 999)
	g.b.c('|')
	g.b.w(pick(g, []string{"Blocked request", "Suspicious login", "PHI export", "Rate limit"}))
	g.b.c('|')
	g.num(1, 10)
	g.b.w("|src=")
	g.clientIP(phi)
	g.b.w(" spt=")
	g.num(1024, 65535)
	g.b.w(" act=")
	g.b.w(pick(g, []string{"blocked", "allowed", "alerted"}))
	ks := keyStyle{style: ksCamel}
	for i, c := range g.noBlobFields(phi, 0, 2) {
		n := byte('1' + i%6)
		g.b.w(" cs")
		g.b.c(n)
		g.b.w("Label=")
		g.k = appendKey(g.k[:0], pick(g, c.keys), ks)
		g.b.wb(g.k)
		g.b.w(" cs")
		g.b.c(n)
		g.b.c('=')
		g.b.push(encCEF)
		g.phiOrNoise(c)
		g.b.pop()
	}
	g.b.w(" rt=")
	g.stamp(8)
}

func (g *gen) protoText(phi bool) {
	g.b.w(pick(g, []string{"grpc request ", "rpc /ehr.v1.Patients/Upsert req: ", "unary call payload: ", "proto: "}))
	g.b.w(pick(g, []string{"patient", "member", "request", "subscriber"}))
	g.b.w(" { ")
	ks := keyStyle{style: ksSnake}
	for _, c := range g.noBlobFields(phi, 1, 2) {
		g.k = appendKey(g.k[:0], pick(g, c.keys), ks)
		for i, ch := range g.k {
			if ch == '.' || ch == '-' || ch == ' ' || ch == '#' || ch == '@' {
				g.k[i] = '_'
			}
		}
		g.b.wb(g.k)
		g.b.w(": ")
		v, _ := g.value(c) // peek at the shape only
		if c.num && jsonNumberOK(v) {
			g.phiOrNoiseV(c, v)
		} else {
			g.b.c('"')
			g.b.push(encQuote)
			g.phiOrNoiseV(c, v)
			g.b.pop()
			g.b.c('"')
		}
		g.b.c(' ')
	}
	g.b.c('}')
}

// phiOrNoiseV writes an already generated value of concept c.
func (g *gen) phiOrNoiseV(c *concept, v []byte) {
	if c.cat == "" {
		g.b.wb(v)
		return
	}
	g.b.key = true
	kind := c.kind
	if kind == "" {
		kind = c.id
	}
	g.b.phi(c.cat, kind, v)
	g.b.key = false
}

func (g *gen) redisMonitor(phi bool) {
	g.stamp(9)
	g.b.w(" [0 ")
	g.noise((*gen).privateIPv4)
	g.b.c(':')
	g.num(1024, 65535)
	g.b.w("] \"")
	g.b.w(pick(g, []string{"HSET", "HMSET", "hset"}))
	g.b.w("\" \"")
	g.b.w(pick(g, []string{"patient:", "member:", "session:", "intake:"}))
	g.noise(func(g *gen, d []byte) []byte { return appendHex(g, d, 12) })
	g.b.c('"')
	ks := keyStyle{style: ksSnake}
	for _, c := range g.noBlobFields(phi, 1, 2) {
		g.b.w(" \"")
		g.k = appendKey(g.k[:0], pick(g, c.keys), ks)
		g.b.wb(g.k)
		g.b.w("\" \"")
		g.b.push(encQuote)
		g.phiOrNoise(c)
		g.b.pop()
		g.b.c('"')
	}
}

func (g *gen) mongoCommand(phi bool) {
	style := g.n(3)
	g.b.w([]string{"command ehr.patients command: find { find: \"patients\", filter: { ", "Slow query: { aggregate: \"members\", pipeline: [ { $match: { ", "db.patients.find({ "}[style])
	ks := keyStyle{style: ksCamel, acrUpper: g.chance(0.3)}
	fs := g.noBlobFields(phi, 0, 1)
	for i, c := range fs {
		if i > 0 {
			g.b.w(", ")
		}
		g.k = appendKey(g.k[:0], pick(g, c.keys), ks)
		for j, ch := range g.k {
			if ch == '.' || ch == '-' || ch == ' ' || ch == '#' || ch == '@' {
				g.k[j] = '_'
			}
		}
		g.b.wb(g.k)
		g.b.w(": ")
		v, _ := g.value(c)
		if c.num && jsonNumberOK(v) {
			g.phiOrNoiseV(c, v)
			continue
		}
		q := pick(g, []string{"\"", "'"})
		g.b.w(q)
		g.b.push(encQuote)
		g.phiOrNoiseV(c, v)
		g.b.pop()
		g.b.w(q)
	}
	g.b.w([]string{" }, limit: 1 } planSummary: COLLSCAN keysExamined:0 docsExamined:", " } } ] } docsExamined:", " }).limit("}[style])
	g.num(1, 99999)
	if style == 2 {
		g.b.c(')')
	}
}

func (g *gen) postfix(phi bool) {
	qid := func(g *gen, d []byte) []byte {
		for range 10 {
			d = append(d, hexUpper[g.n(16)])
		}
		return d
	}
	if !phi {
		// Queue manager lines carry no recipient.
		g.b.w("postfix/qmgr[")
		g.num(1000, 60000)
		g.b.w("]: ")
		g.noise(qid)
		g.b.w(pick(g, []string{": removed", ": from=<>, size=", ": from=<>, size="}))
		if g.b.buf[len(g.b.buf)-1] == '=' {
			g.num(300, 90000)
			g.b.w(", nrcpt=1 (queue active)")
		}
		return
	}
	g.b.w("postfix/smtp[")
	g.num(1000, 60000)
	g.b.w("]: ")
	g.noise(qid)
	g.b.w(": to=<")
	g.b.key = true
	g.v = g.email(g.v[:0], &g.pat)
	g.b.phi("email", "email", g.v)
	g.b.key = false
	g.b.w(">, relay=")
	g.b.w(pick(g, []string{"relay1.acme-health.example[10.0.8.4]:25", "mailgw.dc2.internal[10.20.1.9]:25", "smtp.acme-health.example[172.16.0.25]:25"}))
	g.b.w(", delay=")
	g.num(0, 9)
	g.b.w(".")
	g.num(1, 99)
	g.b.w(", dsn=2.0.0, status=sent (250 2.0.0 OK)")
}

// headerDump writes HTTP headers as a debugging middleware logs them:
// Train-Case keys, a cookie with PHI, X- headers.
func (g *gen) headerDump(phi bool) {
	g.b.w(pick(g, []string{"request headers: ", "> ", "upstream headers map[", "Headers: "}))
	bracket := g.b.buf[len(g.b.buf)-1] == '['
	ks := keyStyle{style: ksTrain, acrUpper: g.chance(0.5)}
	fs := g.noBlobFields(phi, 1, 2)
	for i, c := range fs {
		if i > 0 {
			g.b.w(pick(g, []string{"; ", " | ", " "}))
		}
		if g.chance(0.5) {
			g.b.w("X-")
		}
		g.k = appendKey(g.k[:0], pick(g, c.keys), ks)
		g.b.wb(g.k)
		if bracket {
			g.b.w(":[")
		} else {
			g.b.w(": ")
		}
		g.phiOrNoise(c)
		if bracket {
			g.b.c(']')
		}
	}
	if phi && g.chance(0.4) {
		g.b.w(" Cookie: session=")
		g.noise(func(g *gen, d []byte) []byte { return appendHex(g, d, 24) })
		g.b.w("; last_login_email=")
		g.b.key = true
		g.b.push(encPath)
		g.v = g.email(g.v[:0], &g.pat)
		g.b.phi("email", "email", g.v)
		g.b.pop()
		g.b.key = false
	}
	if bracket {
		g.b.c(']')
	}
}

// moreText picks one of the syntaxes above.
func (g *gen) moreText(phi bool) {
	switch g.n(6) {
	case 0:
		g.cef(phi)
	case 1:
		g.protoText(phi)
	case 2:
		g.redisMonitor(phi)
	case 3:
		g.mongoCommand(phi)
	case 4:
		g.postfix(phi)
	default:
		g.headerDump(phi)
	}
}
