package sentryphi

import (
	"strconv"
	"strings"

	"github.com/getsentry/sentry-go"
	"github.com/getsentry/sentry-go/attribute"

	"github.com/phiguard/phiguard/detectors"
)

// sdkAttrs are the log and metric attributes the SDK fills from its own
// configuration; they hold no user data and are not scanned.
var sdkAttrs = map[string]bool{
	"sentry.release": true, "sentry.environment": true, "sentry.server.address": true,
	"sentry.sdk.name": true, "sentry.sdk.version": true, "sentry.origin": true,
}

// paramPrefix starts the attributes holding the arguments of a formatted
// log message (Emitf): "sentry.message.parameters.0".
const paramPrefix = "sentry.message.parameters."

// log scrubs a log entry in place: the body as text, the attributes by key
// and content. A message parameter is redacted whole, in the category
// found, when the body's PHI lies in it: "patient %s" with "Maria Garcia"
// is caught in the body, where the scanner sees the context, and the bare
// parameter goes with it.
func (p *pass) log(l *sentry.Log) {
	orig := l.Body
	var fs []detectors.Finding
	if orig != "" {
		l.Body, fs = p.s.rs.StringCount(orig)
		for _, f := range fs {
			if !p.s.rd.Keeps(f.Category) {
				p.t.cat(f.Category)
			}
		}
	}
	p.attrs(l.Attributes, orig, fs)
}

// metric scrubs a metric in place: its name as text, its attributes by key
// and content.
func (p *pass) metric(m *sentry.Metric) {
	m.Name = p.text(m.Name)
	p.attrs(m.Attributes, "", nil)
}

func (p *pass) attrs(m map[string]attribute.Value, body string, fs []detectors.Finding) {
	for k, v := range m {
		if sdkAttrs[k] {
			continue
		}
		nv, drop, changed := p.attr(k, v, body, fs)
		switch {
		case drop:
			delete(m, k)
		case changed:
			m[k] = nv
		}
	}
}

// attr scrubs one attribute. Numbers are read as text under their key (an
// MRN is often an int64); if redacted they become strings.
func (p *pass) attr(k string, v attribute.Value, body string, fs []detectors.Finding) (attribute.Value, bool, bool) {
	switch v.Type() {
	case attribute.STRING:
		s := v.AsString()
		out, drop := p.attrString(k, s, body, fs)
		if drop || out != s {
			return attribute.StringValue(out), drop, true
		}
	case attribute.STRINGSLICE:
		ss := v.AsStringSlice()
		var out []string
		for i, s := range ss {
			o, drop := p.field(k, s)
			if drop || o != s {
				if out == nil {
					out = append([]string(nil), ss...)
				}
				out[i] = o
			}
		}
		if out != nil {
			return attribute.StringSliceValue(out), false, true
		}
	case attribute.INT64:
		return p.number(k, strconv.FormatInt(v.AsInt64(), 10), v)
	case attribute.UINT64:
		return p.number(k, strconv.FormatUint(v.AsUint64(), 10), v)
	case attribute.FLOAT64:
		return p.number(k, strconv.FormatFloat(v.AsFloat64(), 'g', -1, 64), v)
	case attribute.INT64SLICE:
		xs := v.AsInt64Slice()
		strs := make([]string, len(xs))
		for i, x := range xs {
			strs[i] = strconv.FormatInt(x, 10)
		}
		return p.numbers(k, strs, v)
	case attribute.FLOAT64SLICE:
		xs := v.AsFloat64Slice()
		strs := make([]string, len(xs))
		for i, x := range xs {
			strs[i] = strconv.FormatFloat(x, 'g', -1, 64)
		}
		return p.numbers(k, strs, v)
	}
	return v, false, false
}

func (p *pass) attrString(k, s, body string, fs []detectors.Finding) (string, bool) {
	switch k {
	case "user.id":
		return p.userID(s), false
	case "user.email":
		return p.whole(detectors.Email, s)
	case "user.name":
		return p.whole(detectors.Name, s)
	case "user.username":
		return p.whole(detectors.OtherID, s)
	case "user.ip_address", "client.address":
		return p.whole(detectors.IP, s)
	case "sentry.message.template":
		return p.text(s), false
	}
	if strings.HasPrefix(k, paramPrefix) && s != "" {
		if c, ok := p.inFinding(s, body, fs); ok {
			return p.whole(c, s)
		}
	}
	return p.field(k, s)
}

// inFinding reports whether s occurs in body over a finding that is
// redacted, and that finding's category.
func (p *pass) inFinding(s, body string, fs []detectors.Finding) (detectors.Category, bool) {
	if len(fs) == 0 {
		return 0, false
	}
	for off := 0; off < len(body); {
		i := strings.Index(body[off:], s)
		if i < 0 {
			break
		}
		start, end := off+i, off+i+len(s)
		for _, f := range fs {
			if f.Start < end && f.End > start && !p.s.rd.Keeps(f.Category) {
				return f.Category, true
			}
		}
		off = start + 1
	}
	return 0, false
}

func (p *pass) number(k, str string, v attribute.Value) (attribute.Value, bool, bool) {
	out, drop := p.field(k, str)
	if drop || out != str {
		return attribute.StringValue(out), drop, true
	}
	return v, false, false
}

func (p *pass) numbers(k string, strs []string, v attribute.Value) (attribute.Value, bool, bool) {
	changed := false
	for i, s := range strs {
		if o, drop := p.field(k, s); drop || o != s {
			strs[i] = o
			changed = true
		}
	}
	if changed {
		return attribute.StringSliceValue(strs), false, true
	}
	return v, false, false
}
