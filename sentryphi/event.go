package sentryphi

import (
	"strings"

	"github.com/getsentry/sentry-go"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/redact"
)

// event scrubs every field of e that can hold user data. Fields e owns
// (its maps and slices of values) are changed in place; objects it may
// share with the scope or the application (breadcrumbs, spans, attachments,
// the request, context values) are replaced by scrubbed copies.
func (p *pass) event(e *sentry.Event) {
	msg := e.Message
	var fs []detectors.Finding
	if msg != "" {
		e.Message, fs = p.s.rs.StringCount(msg)
		for _, f := range fs {
			if !p.s.rd.Keeps(f.Category) {
				p.t.cat(f.Category)
			}
		}
	}
	if e.Transaction != "" {
		src := sentry.TransactionSource("")
		if e.TransactionInfo != nil {
			src = e.TransactionInfo.Source
		}
		e.Transaction = p.transactionName(e.Transaction, src)
	}
	for i := range e.Exception {
		p.exception(&e.Exception[i])
	}
	for i := range e.Threads {
		th := &e.Threads[i]
		th.Name = p.text(th.Name)
		th.Stacktrace = p.stacktrace(th.Stacktrace)
	}
	p.fingerprint(e.Fingerprint)
	if !p.s.cfg.NoTemplateFingerprint {
		p.templateFingerprint(e, msg, fs)
	}
	p.tags(&e.Tags)
	p.contexts(e.Contexts)
	p.user(&e.User)
	if e.Request != nil {
		e.Request = p.request(e.Request)
	}
	if len(e.Breadcrumbs) > 0 {
		bs := make([]*sentry.Breadcrumb, 0, len(e.Breadcrumbs))
		for _, b := range e.Breadcrumbs {
			switch {
			case b == nil:
			case p.s.isClean(b):
				bs = append(bs, b)
			default:
				bs = append(bs, p.breadcrumb(b, false))
			}
		}
		e.Breadcrumbs = bs
	}
	if len(e.Spans) > 0 {
		spans := make([]*sentry.Span, 0, len(e.Spans))
		for _, sp := range e.Spans {
			if sp != nil {
				spans = append(spans, p.span(sp))
			}
		}
		e.Spans = spans
	}
	e.Attachments = p.attachments(e.Attachments)
	for i := range e.Logs {
		p.log(&e.Logs[i])
	}
	for i := range e.Metrics {
		p.metric(&e.Metrics[i])
	}
}

// templateFingerprint groups a message event by its message with every
// finding masked, when Sentry would group it by the message and the
// redacted message varies with the patient (token, partial and generalize
// styles): "patient tok_name_… not found" for two patients is one issue.
// Events with an exception or a stack trace are grouped by their stack,
// and events with a fingerprint of their own keep it.
func (p *pass) templateFingerprint(e *sentry.Event, msg string, fs []detectors.Finding) {
	if len(fs) == 0 || len(e.Fingerprint) > 0 || len(e.Exception) > 0 {
		return
	}
	for _, th := range e.Threads {
		if th.Stacktrace != nil && len(th.Stacktrace.Frames) > 0 {
			return
		}
	}
	masked := string(redact.Default().AppendRedacted(nil, []byte(msg), fs))
	if masked != e.Message {
		e.Fingerprint = []string{masked}
	}
}

// transactionName scrubs a transaction name: a URL path ("GET
// /patients/123") segment by segment, anything else as text.
func (p *pass) transactionName(name string, src sentry.TransactionSource) string {
	if src == sentry.SourceURL || src == sentry.SourceRoute || looksLikeRequestLine(name) {
		return p.requestLine(name)
	}
	return p.text(name)
}

// looksLikeRequestLine reports whether s is a URL or a path, optionally
// after an HTTP method: "GET /patients/{id}", "https://host/path".
func looksLikeRequestLine(s string) bool {
	if _, rest, ok := strings.Cut(s, " "); ok && isMethod(s[:len(s)-len(rest)-1]) {
		s = rest
	}
	return strings.HasPrefix(s, "/") || strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

func isMethod(m string) bool {
	if m == "" || len(m) > 10 {
		return false
	}
	for i := 0; i < len(m); i++ {
		if m[i] < 'A' || m[i] > 'Z' {
			return false
		}
	}
	return true
}

// requestLine scrubs "METHOD url" or a bare URL or path.
func (p *pass) requestLine(s string) string {
	method, rest, ok := strings.Cut(s, " ")
	if !ok || !isMethod(method) {
		return p.url(s)
	}
	u := p.url(rest)
	if u == rest {
		return s
	}
	return method + " " + u
}

func (p *pass) exception(x *sentry.Exception) {
	x.Type = p.text(x.Type)
	x.Value = p.text(x.Value)
	if m := x.Mechanism; m != nil {
		desc := p.text(m.Description)
		link := p.url(m.HelpLink)
		data := p.dataMap("", m.Data)
		if desc != m.Description || link != m.HelpLink || !sameMap(data, m.Data) {
			c := *m
			c.Description, c.HelpLink, c.Data = desc, link, data
			x.Mechanism = &c
		}
	}
	x.Stacktrace = p.stacktrace(x.Stacktrace)
}

// stacktrace scrubs the variables and source lines of frames; function
// names, modules and paths are code, and issue grouping depends on them.
// Go stack traces carry no variables or source lines unless the
// application adds them, so the common case allocates nothing.
func (p *pass) stacktrace(st *sentry.Stacktrace) *sentry.Stacktrace {
	if st == nil {
		return nil
	}
	var out *sentry.Stacktrace
	for i := range st.Frames {
		f := &st.Frames[i]
		if len(f.Vars) == 0 && f.ContextLine == "" && len(f.PreContext) == 0 && len(f.PostContext) == 0 {
			continue
		}
		if out == nil {
			out = &sentry.Stacktrace{
				Frames:        append([]sentry.Frame(nil), st.Frames...),
				FramesOmitted: st.FramesOmitted,
			}
		}
		g := &out.Frames[i]
		g.Vars = p.dataMap("", f.Vars)
		g.ContextLine = p.text(f.ContextLine)
		g.PreContext = p.lines(f.PreContext)
		g.PostContext = p.lines(f.PostContext)
	}
	if out == nil {
		return st
	}
	return out
}

func (p *pass) lines(ls []string) []string {
	if len(ls) == 0 {
		return ls
	}
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = p.text(l)
	}
	return out
}

// fingerprint scrubs custom fingerprint parts in place. With the token
// style a patient's value gives the same token every time, so events still
// group as the application meant.
func (p *pass) fingerprint(fp []string) {
	for i, s := range fp {
		if strings.HasPrefix(s, "{{") && strings.HasSuffix(s, "}}") {
			continue // "{{ default }}" and the other variables
		}
		fp[i] = p.text(s)
	}
}

// tags scrubs tag values by key and content, and tag names as text.
func (p *pass) tags(tp *map[string]string) {
	tags := *tp
	if len(tags) == 0 {
		return
	}
	var renamed map[string]string
	for k, v := range tags {
		nv, drop := p.field(k, v)
		nk := p.text(k)
		switch {
		case nk != k || drop:
			delete(tags, k)
			if !drop {
				if renamed == nil {
					renamed = map[string]string{}
				}
				renamed[nk] = nv
			}
		case nv != v:
			tags[k] = nv
		}
	}
	for k, v := range renamed {
		tags[k] = v
	}
}

// sdkContextKeys are the fields of the contexts the SDK fills itself: the
// random IDs of the trace context, and what the environment integration
// reads from the Go runtime. They are kept as they are, so that errors stay
// linked to their traces; anything else in these contexts is scrubbed.
var sdkContextKeys = map[string]map[string]bool{
	"trace":   {"trace_id": true, "span_id": true, "parent_span_id": true, "status": true, "origin": true, "op": true},
	"device":  {"arch": true, "num_cpu": true},
	"os":      {"name": true},
	"runtime": {"name": true, "version": true, "go_numroutines": true, "go_maxprocs": true, "go_compiler": true},
}

// contexts scrubs each context as structured data under its name, so that
// keys are read in context ("patient.name").
func (p *pass) contexts(cs map[string]sentry.Context) {
	for name, c := range cs {
		if len(c) == 0 {
			continue
		}
		keep := sdkContextKeys[name]
		if keep == nil {
			cs[name] = p.dataMap(name, c)
			continue
		}
		out := make(sentry.Context, len(c))
		var rest map[string]any
		for k, v := range c {
			if keep[k] {
				out[k] = v
				continue
			}
			if rest == nil {
				rest = make(map[string]any, len(c))
			}
			rest[k] = v
		}
		if d, ok := rest["description"].(string); ok && name == "trace" {
			op, _ := c["op"].(string)
			rest["description"] = p.spanDescription(op, d)
		}
		for k, v := range p.dataMap(name, rest) {
			out[k] = v
		}
		cs[name] = out
	}
}

// user scrubs the user: email, IP address, name and username are the
// person's identifiers and are redacted whole; the ID is kept unless it is
// itself PHI (an email, an MRN), and is then redacted whole in that
// category, so that the token style still counts users.
func (p *pass) user(u *sentry.User) {
	if u.IsEmpty() {
		return
	}
	u.ID = p.userID(u.ID)
	u.Email = p.wholeOrEmpty(detectors.Email, u.Email)
	u.IPAddress = p.wholeOrEmpty(detectors.IP, u.IPAddress)
	u.Name = p.wholeOrEmpty(detectors.Name, u.Name)
	u.Username = p.wholeOrEmpty(detectors.OtherID, u.Username)
	if len(u.Data) > 0 {
		d := make(map[string]string, len(u.Data))
		for k, v := range u.Data {
			if nv, drop := p.field("user."+k, v); !drop {
				d[k] = nv
			}
		}
		u.Data = d
	}
}

// userID keeps id when the scanner finds nothing in it, and otherwise
// redacts it whole in the category of its most certain finding.
func (p *pass) userID(id string) string {
	if id == "" || isRedacted(id) {
		return id
	}
	var buf [4]detectors.Finding
	fs := p.s.sc.ScanValue(buf[:0], "user.id", []byte(id))
	if len(fs) == 0 {
		return id
	}
	best := fs[0]
	for _, f := range fs[1:] {
		if f.Confidence > best.Confidence {
			best = f
		}
	}
	out, _ := p.whole(best.Category, id)
	return out
}

// breadcrumb returns a scrubbed copy of b, or b itself when nothing in it
// changed and fresh is false. A fresh copy shares nothing with b.
func (p *pass) breadcrumb(b *sentry.Breadcrumb, fresh bool) *sentry.Breadcrumb {
	var msg string
	if p.isSQLCrumb(b) {
		msg = p.sql(b.Message)
	} else {
		msg = p.text(b.Message)
	}
	data := p.crumbData(b.Data, fresh)
	if !fresh && msg == b.Message && sameMap(data, b.Data) {
		return b
	}
	c := *b
	c.Message, c.Data = msg, data
	return &c
}

func (p *pass) isSQLCrumb(b *sentry.Breadcrumb) bool {
	if p.s.cfg.KeepSQLLiterals {
		return false
	}
	return b.Type == "query" || strings.HasPrefix(b.Category, "db") || strings.HasPrefix(b.Category, "query") ||
		strings.HasPrefix(b.Category, "sql") || looksLikeSQL(b.Message)
}

// crumbData scrubs breadcrumb data: URLs (of http and navigation
// breadcrumbs) as URLs, SQL as SQL, the rest by key and content. Unless
// fresh, it returns d itself when nothing changed.
func (p *pass) crumbData(d map[string]any, fresh bool) map[string]any {
	if len(d) == 0 {
		return nil
	}
	var special map[string]any
	rest := d
	for k, v := range d {
		s, ok := v.(string)
		if !ok {
			continue
		}
		var out string
		switch {
		case isURLKey(k):
			out = p.url(s)
		case k == "http.query" || k == "url.query":
			out = p.query(s)
		case isSQLKey(k):
			out = p.sql(s)
		default:
			continue
		}
		if special == nil {
			special = map[string]any{}
			rest = make(map[string]any, len(d))
			for k2, v2 := range d {
				rest[k2] = v2
			}
		}
		special[k] = out
		delete(rest, k)
	}
	out := p.dataMap("", rest)
	if special == nil {
		if !fresh && sameMap(out, d) {
			return d
		}
		return out
	}
	if out == nil {
		out = map[string]any{}
	}
	for k, v := range special {
		out[k] = v
	}
	return out
}

// sameMap reports whether b is a, or an equal copy of it with nothing
// redacted; tallies already recorded any change, so a pass that changed
// nothing can keep the original.
func sameMap(a, b map[string]any) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		w, ok := b[k]
		if !ok {
			return false
		}
		if s, ok := v.(string); ok {
			if t, ok := w.(string); !ok || s != t {
				return false
			}
			continue
		}
		if !shallowEqual(v, w) {
			return false
		}
	}
	return true
}

// shallowEqual compares scalars; containers compare unequal, so that a
// scrubbed copy of a nested map replaces the original.
func shallowEqual(a, b any) (eq bool) {
	defer func() {
		if recover() != nil {
			eq = false // uncomparable types
		}
	}()
	switch a.(type) {
	case map[string]any, []any, map[string]string, []string:
		return false
	}
	return a == b
}

// span returns a scrubbed copy of sp. The copy carries the exported fields
// only: a Span holds a lock and belongs to the application, which may still
// use it.
func (p *pass) span(sp *sentry.Span) *sentry.Span {
	out := &sentry.Span{
		TraceID:      sp.TraceID,
		SpanID:       sp.SpanID,
		ParentSpanID: sp.ParentSpanID,
		Name:         p.text(sp.Name),
		Op:           sp.Op,
		Description:  p.spanDescription(sp.Op, sp.Description),
		Status:       sp.Status,
		StartTime:    sp.StartTime,
		EndTime:      sp.EndTime,
		Sampled:      sp.Sampled,
		Source:       sp.Source,
		Origin:       sp.Origin,
	}
	if len(sp.Tags) > 0 {
		tags := make(map[string]string, len(sp.Tags))
		for k, v := range sp.Tags {
			tags[k] = v
		}
		p.tags(&tags)
		out.Tags = tags
	}
	out.Data = p.spanData(sp.Data)
	return out
}

// spanDescription scrubs a span description: SQL for database spans, a
// request line for HTTP spans, text otherwise.
func (p *pass) spanDescription(op, d string) string {
	if d == "" {
		return d
	}
	switch {
	case !p.s.cfg.KeepSQLLiterals && (strings.HasPrefix(op, "db") || looksLikeSQL(d)):
		return p.sql(d)
	case strings.HasPrefix(op, "http") || looksLikeRequestLine(d):
		return p.requestLine(d)
	}
	return p.text(d)
}

// spanData scrubs span data: SQL statements and URLs under their
// OpenTelemetry names, the rest by key and content.
func (p *pass) spanData(d map[string]any) map[string]any {
	return p.crumbData(d, true)
}

func isURLKey(k string) bool {
	switch k {
	case "url", "to", "from", "http.url", "url.full", "url.path", "http.target", "referer", "referrer":
		return true
	}
	return false
}

func isSQLKey(k string) bool {
	switch k {
	case "db.statement", "db.query.text", "db.sql", "query", "sql", "statement":
		return true
	}
	return false
}
