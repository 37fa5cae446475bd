package synth

// Plain-text application logs: a prefix in the style of a logging library
// or daemon, then a message.

func genText(g *gen, phi bool) { g.textLine(phi) }

func (g *gen) lvl() string { return pick(g, levels) }

func (g *gen) stamp(form int) {
	g.w = appendStamp(g.w[:0], g.now(), form)
	g.b.wb(g.w)
}

func (g *gen) noise(f func(*gen, []byte) []byte) {
	g.w = f(g, g.w[:0])
	g.b.wb(g.w)
}

func (g *gen) num(lo, hi int) {
	g.w = appendInt(g.w[:0], g.rng(lo, hi))
	g.b.wb(g.w)
}

var goFiles = []string{"handler.go", "server.go", "worker.go", "intake.go", "claims.go", "main.go", "sync.go"}
var threads = []string{"main", "http-nio-8080-exec-3", "pool-2-thread-1", "scheduling-1", "kafka-consumer-0", "ForkJoinPool.commonPool-worker-5", "grpc-default-executor-2"}

// textPrefix writes a log prefix; it returns true when the style wants a
// trailing suffix (nginx error log).
func (g *gen) textPrefix() int {
	style := g.weighted([]int{14, 11, 6, 8, 8, 5, 8, 5, 4, 3, 8, 5, 4, 3, 3})
	switch style {
	case 0: // log4j / logback
		g.stamp(pick(g, []int{2, 3}))
		g.b.w(" ")
		g.b.w(g.lvl())
		g.b.w(" [")
		g.b.w(pick(g, threads))
		g.b.w("] ")
		g.b.w(pick(g, javaClasses))
		g.b.w(" - ")
	case 1: // python logging
		if g.chance(0.3) {
			g.b.w(g.lvl())
			g.b.w(":")
			g.b.w(pick(g, pyLoggers))
			g.b.w(":")
		} else {
			g.stamp(2)
			g.b.w(" - ")
			g.b.w(pick(g, pyLoggers))
			g.b.w(" - ")
			g.b.w(g.lvl())
			g.b.w(" - ")
		}
	case 2: // ruby Logger
		lv := g.lvl()
		g.b.c(lv[0])
		g.b.w(", [")
		g.stamp(1)
		g.b.w(" #")
		g.num(1, 99999)
		g.b.w("]  ")
		g.b.w(lv)
		g.b.w(" -- : ")
	case 3: // Go log
		g.stamp(4)
		g.b.w(" ")
		if g.chance(0.6) {
			g.b.w(pick(g, goFiles))
			g.b.w(":")
			g.num(10, 900)
			g.b.w(": ")
		}
	case 4: // syslog RFC 3164
		g.b.w("<")
		g.num(8, 191)
		g.b.w(">")
		g.stamp(5)
		g.b.w(" ")
		g.noise((*gen).hostname)
		g.b.w(" ")
		g.b.w(pick(g, services))
		g.b.w("[")
		g.num(100, 65000)
		g.b.w("]: ")
	case 5: // syslog RFC 5424 with structured data
		g.b.w("<")
		g.num(8, 191)
		g.b.w(">1 ")
		g.stamp(0)
		g.b.w(" ")
		g.noise((*gen).hostname)
		g.b.w(" ")
		g.b.w(pick(g, services))
		g.b.w(" ")
		g.num(100, 65000)
		g.b.w(" ")
		g.b.w(pick(g, []string{"ID47", "AUDIT", "-", "REQ"}))
		g.b.w(" [meta@32473 seq=\"")
		g.num(1, 99999)
		g.b.w("\" env=\"")
		g.b.w(pick(g, envs))
		g.b.w("\"] ")
	case 6: // journald short
		g.stamp(5)
		g.b.w(" ")
		g.noise((*gen).hostname)
		g.b.w(" ")
		g.b.w(pick(g, services))
		g.b.w("[")
		g.num(100, 65000)
		g.b.w("]: ")
	case 7: // nginx error log
		g.stamp(4)
		g.b.w(" [")
		g.b.w(pick(g, []string{"error", "warn", "crit", "notice"}))
		g.b.w("] ")
		g.num(1, 999)
		g.b.w("#0: *")
		g.num(1, 999999)
		g.b.w(" ")
		return 1
	case 8: // .NET console logger
		g.b.w(pick(g, []string{"fail: ", "warn: ", "info: ", "crit: "}))
		g.b.w(pick(g, []string{"Acme.Ehr.Api.PatientsController", "Microsoft.AspNetCore.Server.Kestrel", "Acme.Billing.ClaimService"}))
		g.b.w("[")
		g.num(0, 20)
		g.b.w("] ")
	case 9: // PHP
		g.stamp(12)
		g.b.w(" PHP ")
		g.b.w(pick(g, []string{"Warning:  ", "Notice:  ", "Fatal error:  Uncaught Exception: "}))
	case 10: // bare level + ISO
		if g.chance(0.5) {
			g.b.w("[")
			g.b.w(g.lvl())
			g.b.w("] ")
			g.stamp(14)
			g.b.w(" ")
		} else {
			g.stamp(pick(g, []int{0, 3, 10}))
			g.b.w(" ")
			g.b.w(g.lvl())
			g.b.w(" ")
		}
	case 11: // glog / klog
		g.stamp(16)
		g.b.w(" ")
		g.num(1, 99999)
		g.b.w(" ")
		g.b.w(pick(g, goFiles))
		g.b.w(":")
		g.num(10, 900)
		g.b.w("] ")
	case 12: // Heroku / logplex
		g.stamp(1)
		g.b.w(" app[")
		g.b.w(pick(g, []string{"web.1", "web.2", "worker.1", "clock.1"}))
		g.b.w("]: ")
	case 13: // java.util.logging on one line
		g.stamp(15)
		g.b.w(" ")
		g.b.w(pick(g, javaClasses))
		g.b.w(" handle ")
		g.b.w(pick(g, []string{"SEVERE: ", "WARNING: ", "INFO: "}))
	default: // no prefix at all (stderr of a script)
	}
	return 0
}

// textLine writes one plain-text log line.
func (g *gen) textLine(phi bool) {
	suffix := g.textPrefix()
	switch {
	case phi:
		switch g.weighted([]int{56, 11, 6, 11, 5, 5, 6}) {
		case 0:
			g.render(pick(g, phiTemplates))
		case 1:
			g.dump(true)
		case 2:
			g.railsStarted(true)
		case 3:
			g.render(pick(g, phiTemplates))
			g.b.w("; ")
			g.render(pick(g, phiTemplates))
		case 4:
			g.render(pick(g, noiseTemplates))
			g.b.w(" ")
			g.kvTail(true)
		case 5:
			g.sqlInsert(true)
		default:
			g.moreText(true)
		}
	default:
		switch g.weighted([]int{72, 9, 5, 5, 4, 5}) {
		case 0:
			g.render(pick(g, noiseTemplates))
		case 1:
			g.dump(false)
		case 2:
			g.railsStarted(false)
		case 3:
			g.render(pick(g, noiseTemplates))
			g.b.w(" ")
			g.kvTail(false)
		case 4:
			g.sqlInsert(false)
		default:
			g.moreText(false)
		}
	}
	if suffix == 1 {
		g.b.w(", client: ")
		if phi && g.chance(0.5) {
			g.b.key = true
			g.v = g.ipv4Public(g.v[:0])
			g.b.phi("ip", "ipv4", g.v)
			g.b.key = false
		} else {
			g.noise((*gen).privateIP)
		}
		g.b.w(", server: portal.acme-health.example, request: \"")
		g.b.w(pick(g, methods))
		g.b.w(" ")
		g.b.w(pick(g, apiPaths))
		g.b.w(" HTTP/1.1\", host: \"portal.acme-health.example\"")
	} else if g.chance(0.15) {
		i := g.n(4)
		g.b.w([]string{" request_id=", " trace_id=", " [req:", " corr="}[i])
		g.noise((*gen).uuid)
		if i == 2 {
			g.b.w("]")
		}
	}
}

// kvTail appends a few key=value pairs to a free-text message, as many
// loggers do.
func (g *gen) kvTail(phi bool) {
	ks := g.keyStyle(logfmtStyleW)
	for i, c := range g.pickFields(phi, g.n(2)+1, g.rng(0, 2)) {
		if i > 0 {
			g.b.w(" ")
		}
		g.lfConcept(c, ks)
	}
}

// Object dumps: Python repr, Ruby inspect, Java toString, Go %+v, PHP
// print_r, Elixir maps. Keys are fields, so spans are key-bound.

func (g *gen) dump(phi bool) {
	g.b.w(pick(g, []string{"failed to persist ", "payload=", "params: ", "validation failed for ", "upsert ", "cache put ", "received ", "", "saving entity "}))
	fs := g.pickFields(phi, g.nPHI(), g.rng(1, 3))
	type dst struct {
		open, close, kv, sep, kq, vq string
		venc                         enc
		style                        int
		numBare                      bool
	}
	d := pick(g, []dst{
		{"{", "}", ": ", ", ", "'", "'", encSQL, ksSnake, true},          // Python (quote doubling is close enough)
		{"{", "}", "=>", ", ", "\"", "\"", encQuote, ksSnake, true},      // Ruby
		{"Patient{", "}", "=", ", ", "", "'", encNone, ksCamel, true},    // Java toString
		{"PatientDTO(", ")", "=", ", ", "", "", encNone, ksCamel, true},  // Lombok
		{"&{", "}", ":", " ", "", "", encNone, ksPascal, true},           // Go %+v
		{"map[", "]", ":", " ", "", "", encNone, ksSnake, true},          // Go map %v
		{"Array ( ", " )", " => ", " ", "[", "", encNone, ksSnake, true}, // PHP print_r
		{"%{", "}", ": ", ", ", "", "\"", encQuote, ksSnake, true},       // Elixir
		{"Member(", ")", "=", ", ", "", "", encNone, ksCamel, true},      // Kotlin data class
		{"{", "}", "=", ", ", "", "", encNone, ksCamel, true},            // Java Map.toString
	})
	ks := keyStyle{style: d.style, acrUpper: g.chance(0.5)}
	g.b.w(d.open)
	for i, c := range fs {
		if i > 0 {
			g.b.w(d.sep)
		}
		g.b.w(d.kq)
		g.k = appendKey(g.k[:0], pick(g, c.keys), ks)
		g.b.wb(g.k)
		if d.kq == "[" {
			g.b.w("]")
		} else {
			g.b.w(d.kq)
		}
		g.b.w(d.kv)
		v, kind := g.value(c)
		q := d.vq
		if c.num && jsonNumberOK(v) && d.numBare {
			q = ""
		}
		g.b.w(q)
		if q != "" && d.venc != encNone {
			g.b.push(d.venc)
		}
		if c.cat == "" {
			g.b.wb(v)
		} else {
			g.b.key = true
			g.b.phi(c.cat, kind, v)
			g.b.key = false
		}
		if q != "" && d.venc != encNone {
			g.b.pop()
		}
		g.b.w(q)
	}
	g.b.w(d.close)
}

// railsStarted writes Rails request lines, with the query string or the
// Ruby-hash parameters carrying the values.
func (g *gen) railsStarted(phi bool) {
	if g.chance(0.5) {
		g.b.w("Started ")
		g.b.w(pick(g, []string{"GET", "POST", "PATCH"}))
		g.b.w(" \"")
		g.b.w(pick(g, []string{"/patients", "/members/search", "/api/v1/lookup", "/intake"}))
		g.b.w("?")
		g.queryString(phi, encQuery)
		g.b.w("\" for ")
		if phi && g.chance(0.5) {
			g.b.key = true
			g.v = g.ipv4Public(g.v[:0])
			g.b.phi("ip", "ipv4", g.v)
			g.b.key = false
		} else {
			g.noise((*gen).privateIP)
		}
		g.b.w(" at ")
		g.stamp(pick(g, []int{3, 1}))
		return
	}
	g.b.w("  Parameters: {\"")
	g.b.w(pick(g, []string{"patient", "member", "intake", "registration"}))
	g.b.w("\"=>{")
	ks := keyStyle{style: ksSnake}
	for i, c := range g.pickFields(phi, g.nPHI(), g.rng(1, 2)) {
		if i > 0 {
			g.b.w(", ")
		}
		g.b.c('"')
		g.k = appendKey(g.k[:0], pick(g, c.keys), ks)
		g.b.wb(g.k)
		g.b.w("\"=>\"")
		v, kind := g.value(c)
		g.b.push(encQuote)
		if c.cat == "" {
			g.b.wb(v)
		} else {
			g.b.key = true
			g.b.phi(c.cat, kind, v)
			g.b.key = false
		}
		g.b.pop()
		g.b.c('"')
	}
	g.b.w("}, \"authenticity_token\"=>\"[FILTERED]\"}")
}

// sqlInsert writes an ORM's SQL statement with its bound values inline.
func (g *gen) sqlInsert(phi bool) {
	fs := g.pickFields(phi, g.nPHI(), g.rng(1, 2))
	ks := keyStyle{style: ksSnake}
	g.b.w(pick(g, []string{"INSERT INTO ", "insert into "}))
	g.b.w(pick(g, []string{"patients", "members", "intake_forms", "contacts", "audit_log"}))
	g.b.w(" (")
	for i, c := range fs {
		if i > 0 {
			g.b.w(", ")
		}
		g.k = appendKey(g.k[:0], pick(g, c.keys), ks)
		for j, ch := range g.k {
			if ch == '.' || ch == '-' || ch == ' ' || ch == '#' {
				g.k[j] = '_'
			}
		}
		g.b.wb(g.k)
	}
	g.b.w(") VALUES (")
	for i, c := range fs {
		if i > 0 {
			g.b.w(", ")
		}
		v, kind := g.value(c)
		if c.num && jsonNumberOK(v) {
			if c.cat == "" {
				g.b.wb(v)
			} else {
				g.b.key = true
				g.b.phi(c.cat, kind, v)
				g.b.key = false
			}
			continue
		}
		g.b.c('\'')
		g.b.push(encSQL)
		if c.cat == "" {
			g.b.wb(v)
		} else {
			g.b.key = true
			g.b.phi(c.cat, kind, v)
			g.b.key = false
		}
		g.b.pop()
		g.b.c('\'')
	}
	g.b.w(")")
}
