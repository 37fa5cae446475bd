package sentryphi

import (
	"bytes"
	"encoding/json"
	"io"
	"net"
	"net/url"
	"strings"

	"github.com/getsentry/sentry-go"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/redact"
)

// filtered is what the SDK's own data collection filter puts in place of
// the values it removes; there is nothing left to scrub in it.
const filtered = "[Filtered]"

// request returns a scrubbed copy of r.
func (p *pass) request(r *sentry.Request) *sentry.Request {
	out := *r
	out.URL = p.url(r.URL)
	out.QueryString = p.query(r.QueryString)
	out.Cookies = p.cookies(r.Cookies)
	ct := ""
	for k, v := range r.Headers {
		if strings.EqualFold(k, "Content-Type") {
			ct = strings.ToLower(v)
		}
	}
	out.Data = p.body(r.Data, ct)
	out.Headers = p.headers(r.Headers)
	out.Env = p.env(r.Env)
	return &out
}

// url scrubs a URL or a path: user info is masked, the host scanned, each
// path segment scanned (with the segment before it as its key, so that
// "/ssn/123-45-6789" is read in context) and redacted when it looks like a
// record identifier, query values redacted by key and content, the
// fragment scanned. Redacted values are escaped for their place, but the
// brackets and colons of masks stay readable, as the SDK leaves its own
// "[Filtered]"; parts with nothing to redact keep their original bytes.
func (p *pass) url(raw string) string {
	out := p.urlOnce(raw)
	// Scrubbing must be idempotent: a redaction can change what its
	// surroundings look like (an escaped segment, a shorter fragment). Go
	// on to the fixed point, which a change-free URL reaches at once.
	for i := 0; i < 3 && out != raw; i++ {
		again := p.urlOnce(out)
		if again == out {
			break
		}
		raw, out = out, again
	}
	return out
}

// urlOnce is one pass of url.
func (p *pass) urlOnce(raw string) string {
	if raw == "" || raw == filtered {
		return raw
	}
	rest, frag, hasFrag := strings.Cut(raw, "#")
	rest, query, hasQuery := strings.Cut(rest, "?")
	var b strings.Builder
	b.Grow(len(raw) + 16)
	path := rest
	if i := strings.Index(rest, "://"); i > 0 && isScheme(rest[:i]) {
		b.WriteString(rest[:i+3])
		authority := rest[i+3:]
		path = ""
		if j := strings.IndexByte(authority, '/'); j >= 0 {
			authority, path = authority[:j], authority[j:]
		}
		if at := strings.LastIndexByte(authority, '@'); at >= 0 {
			b.WriteString(p.secret())
			b.WriteByte('@')
			authority = authority[at+1:]
		}
		b.WriteString(p.host(authority))
	}
	b.WriteString(p.path(path))
	if hasQuery {
		b.WriteByte('?')
		b.WriteString(p.query(query))
	}
	if hasFrag {
		b.WriteByte('#')
		b.WriteString(p.text(frag))
	}
	if b.Len() == len(raw) && b.String() == raw {
		return raw
	}
	return b.String()
}

// host scans a URL's host, without its port: an IP address is a client's.
func (p *pass) host(h string) string {
	name, port, err := net.SplitHostPort(h)
	if err != nil {
		return p.text(h)
	}
	out := p.text(name)
	if out == name {
		return h
	}
	if strings.HasPrefix(h, "[") {
		return "[" + out + "]:" + port
	}
	return out + ":" + port
}

func isScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return s != ""
}

// path scrubs the segments of a URL path.
func (p *pass) path(path string) string {
	if path == "" {
		return path
	}
	orig := path
	var b strings.Builder
	changed := false
	prev := ""
	for i := 0; ; i++ {
		seg, more, ok := strings.Cut(path, "/")
		if i > 0 {
			b.WriteByte('/')
		}
		out := p.segment(prev, seg)
		changed = changed || out != seg
		b.WriteString(out)
		if !ok {
			break
		}
		prev, path = seg, more
	}
	if !changed {
		return orig
	}
	return b.String()
}

// segment scrubs one path segment, read under the previous one as key.
func (p *pass) segment(prev, seg string) string {
	if seg == "" || seg[0] == '{' || seg[0] == ':' || isRedacted(seg) {
		return seg // a route parameter ("{id}", ":id"), or already redacted
	}
	dec, err := url.PathUnescape(seg)
	if err != nil {
		dec = seg
	}
	if k, err := url.PathUnescape(prev); err == nil {
		prev = k
	}
	if out, _ := p.field(prev, dec); out != dec {
		return escapePath(out) // a dropped segment is masked: a path cannot lose one
	}
	if !p.s.cfg.KeepPathIDs && isPathID(dec) {
		out, _ := p.whole(detectors.OtherID, dec)
		return escapePath(out)
	}
	return seg
}

// keepMarks undoes the escaping of the characters of masks and partial
// forms ("[REDACTED:ssn]", "j***@example.org"), which are not structural
// in paths and queries, so that they stay readable.
var keepMarks = strings.NewReplacer("%5B", "[", "%5D", "]", "%3A", ":", "%40", "@", "%2A", "*")

// escapePath and escapeQuery encode a redacted value for its place in a
// URL, so that text kept around a redaction cannot add path segments or
// parameters (and scrubbing the result again changes nothing).
func escapePath(s string) string  { return keepMarks.Replace(url.PathEscape(s)) }
func escapeQuery(s string) string { return keepMarks.Replace(url.QueryEscape(s)) }

// isPathID reports whether a path segment looks like a record identifier:
// digits and separators only ("12345", "123-45-6789"), a UUID or long hex
// string, or a code with at least four digits and no more letters than
// digits ("MRN00123456", "A1B2C3D4").
func isPathID(s string) bool {
	var digits, letters, hex, seps, other int
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F':
			letters++
			hex++
		case c >= 'g' && c <= 'z' || c >= 'G' && c <= 'Z':
			letters++
		case c == '-' || c == '_' || c == '.' || c == ':' || c == '+' || c == ' ':
			seps++
		default:
			other++
		}
	}
	switch {
	case digits == 0 || other > 0:
		return false
	case letters == 0:
		return true
	case len(s) >= 16 && digits+hex+seps == len(s) && seps <= 4:
		return true // UUIDs, object IDs, hashes
	}
	return digits >= 4 && digits >= letters
}

// query scrubs a query string or a form body: each value by its key and
// content (a value that is itself a URL or path as a URL); a parameter
// without a value is scanned as one. Parameters whose style is Drop are
// removed. Unchanged parameters keep their original encoding.
func (p *pass) query(q string) string {
	if q == "" || q == filtered {
		return q
	}
	var b strings.Builder
	changed := false
	first := true
	for rest := q; ; {
		part, more, ok := strings.Cut(rest, "&")
		out, drop := p.param(part)
		if drop {
			changed = true
		} else {
			if !first {
				b.WriteByte('&')
			}
			first = false
			b.WriteString(out)
			changed = changed || out != part
		}
		if !ok {
			break
		}
		rest = more
	}
	if !changed {
		return q
	}
	return b.String()
}

func (p *pass) param(part string) (string, bool) {
	if part == "" {
		return part, false
	}
	k, v, hasEq := strings.Cut(part, "=")
	kd, err := url.QueryUnescape(k)
	if err != nil {
		kd = k
	}
	if !hasEq {
		out, drop := p.field("", kd)
		if out == kd && !p.s.cfg.KeepPathIDs && isPathID(kd) {
			out, drop = p.whole(detectors.OtherID, kd)
		}
		if out == kd {
			return part, false
		}
		return escapeQuery(out), drop
	}
	vd, err := url.QueryUnescape(v)
	if err != nil {
		vd = v
	}
	var out string
	var drop bool
	if v == filtered {
		out = vd
	} else if looksLikeRequestLine(vd) {
		out = p.url(vd)
	} else {
		out, drop = p.field(kd, vd)
	}
	nk := p.text(kd)
	if out == vd && nk == kd {
		return part, false
	}
	if nk == kd {
		nk = k
	} else {
		nk = escapeQuery(nk)
	}
	if out == vd {
		out = v
	} else {
		out = escapeQuery(out)
	}
	return nk + "=" + out, drop
}

// cookies keeps cookie names (scanned) and masks every value: a session
// cookie opens the patient's record.
func (p *pass) cookies(c string) string {
	if c == "" || c == filtered {
		return c
	}
	parts := strings.Split(c, ";")
	for i, part := range parts {
		name, v, ok := strings.Cut(part, "=")
		switch {
		case !ok:
			parts[i] = p.text(part)
		case strings.TrimSpace(v) == filtered:
			parts[i] = p.text(name) + "=" + v
		default:
			parts[i] = p.text(name) + "=" + p.secret()
		}
	}
	return strings.Join(parts, ";")
}

// headers returns scrubbed copies of request headers: credentials masked
// whole, URLs scrubbed as URLs, the rest by key and content.
func (p *pass) headers(h map[string]string) map[string]string {
	if len(h) == 0 {
		return h
	}
	out := make(map[string]string, len(h))
	for k, v := range h {
		lk := strings.ToLower(k)
		switch {
		case v == "" || v == filtered:
			out[k] = v
		case lk == "cookie":
			out[k] = p.cookies(v)
		case p.s.isSecretHeader(lk):
			out[k] = p.secret()
		case lk == "referer" || lk == "origin" || lk == "location" || lk == "content-location":
			out[k] = p.url(v)
		case protocolHeaders[lk]:
			out[k] = v
		default:
			if nv, drop := p.field(k, v); !drop {
				out[k] = nv
			}
		}
	}
	return out
}

// protocolHeaders are request headers whose values are protocol
// enumerations (media types, encodings, cache directives), not user data;
// they are not scanned.
var protocolHeaders = map[string]bool{
	"accept": true, "accept-encoding": true, "accept-language": true, "accept-charset": true,
	"cache-control": true, "connection": true, "content-length": true, "content-type": true,
	"content-encoding": true, "pragma": true, "te": true, "upgrade": true, "upgrade-insecure-requests": true,
	"sec-fetch-dest": true, "sec-fetch-mode": true, "sec-fetch-site": true, "sec-fetch-user": true,
	"dnt": true, "priority": true,
}

func (s *Scrubber) isSecretHeader(lower string) bool {
	for _, t := range s.secrets {
		if strings.Contains(lower, t) {
			return true
		}
	}
	return false
}

// env scrubs the request environment: REMOTE_ADDR is the client's address
// and is redacted whole; the rest by key and content.
func (p *pass) env(e map[string]string) map[string]string {
	if len(e) == 0 {
		return e
	}
	out := make(map[string]string, len(e))
	for k, v := range e {
		var nv string
		var drop bool
		if strings.EqualFold(k, "REMOTE_ADDR") {
			nv, drop = p.whole(detectors.IP, v)
		} else {
			nv, drop = p.field(k, v)
		}
		if !drop {
			out[k] = nv
		}
	}
	return out
}

// body scrubs a raw request body: a JSON document by key and content (and
// re-encoded), a form by key and content, anything else as text.
func (p *pass) body(data, ct string) string {
	if data == "" || data == filtered {
		return data
	}
	trimmed := strings.TrimSpace(data)
	if strings.Contains(ct, "json") || strings.HasPrefix(trimmed, "{") || strings.HasPrefix(trimmed, "[") {
		if out, ok := p.jsonDoc(trimmed); ok {
			return out
		}
	}
	if strings.Contains(ct, "x-www-form-urlencoded") || looksLikeForm(trimmed) {
		return p.query(trimmed)
	}
	return p.text(data)
}

// jsonDoc scrubs one JSON document; ok is false if s is not one.
func (p *pass) jsonDoc(s string) (string, bool) {
	d := json.NewDecoder(strings.NewReader(s))
	d.UseNumber()
	var v any
	if d.Decode(&v) != nil {
		return "", false
	}
	if _, err := d.Token(); err != io.EOF {
		return "", false // trailing data: not one document
	}
	before := p.t.structured
	out := p.value("", v)
	if p.t.structured == before {
		return s, true
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return redact.MaskFor(detectors.OtherID), true
	}
	return strings.TrimSuffix(b.String(), "\n"), true
}

// looksLikeForm reports whether s reads as a URL-encoded form: no spaces,
// "key=value" pairs joined by "&".
func looksLikeForm(s string) bool {
	if s == "" || strings.ContainsAny(s, " \t\r\n") || !strings.Contains(s, "=") {
		return false
	}
	_, err := url.ParseQuery(s)
	return err == nil
}
