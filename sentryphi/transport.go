package sentryphi

import (
	"bytes"
	"compress/gzip"
	"crypto/tls"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/getsentry/sentry-go"
)

// errEnvelope is returned by the guarded transport for an envelope whose
// header it could not scrub; the SDK drops the envelope.
var errEnvelope = errors.New("sentryphi: envelope header could not be scrubbed; envelope not sent")

// guardTransport wraps the HTTP round tripper the SDK will use.
func (s *Scrubber) guardTransport(opts *sentry.ClientOptions) {
	if opts.HTTPClient != nil {
		c := *opts.HTTPClient
		c.Transport = s.RoundTripper(c.Transport)
		opts.HTTPClient = &c
		return
	}
	next := opts.HTTPTransport
	if next == nil {
		next = defaultTransport(opts)
	}
	opts.HTTPTransport = s.RoundTripper(next)
}

// defaultTransport builds the transport the SDK builds when
// ClientOptions.HTTPTransport is nil, so that wrapping it changes nothing
// else.
func defaultTransport(opts *sentry.ClientOptions) http.RoundTripper {
	proxy := http.ProxyFromEnvironment
	switch {
	case opts.HTTPSProxy != "":
		p := opts.HTTPSProxy
		proxy = func(*http.Request) (*url.URL, error) { return url.Parse(p) }
	case opts.HTTPProxy != "":
		p := opts.HTTPProxy
		proxy = func(*http.Request) (*url.URL, error) { return url.Parse(p) }
	}
	var tlsConfig *tls.Config
	if opts.CaCerts != nil {
		tlsConfig = &tls.Config{RootCAs: opts.CaCerts, MinVersion: tls.VersionTLS12}
	}
	return &http.Transport{Proxy: proxy, TLSClientConfig: tlsConfig}
}

// RoundTripper returns an http.RoundTripper that scrubs the header of each
// Sentry envelope it posts and passes the request on to next
// (http.DefaultTransport if nil). The envelope header's "trace" object (the
// dynamic sampling context) carries the transaction name and whatever an
// upstream service put in its baggage header, and no SDK hook can reach
// it. Items are not touched: the hooks have scrubbed them. An envelope
// whose header cannot be scrubbed is not sent.
func (s *Scrubber) RoundTripper(next http.RoundTripper) http.RoundTripper {
	if next == nil {
		next = http.DefaultTransport
	}
	if g, ok := next.(*guard); ok && g.s == s {
		return g // already guarded by s: scrub once
	}
	return &guard{s: s, next: next}
}

type guard struct {
	s    *Scrubber
	next http.RoundTripper
}

func (g *guard) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Body == nil || req.Method != http.MethodPost || !strings.HasSuffix(req.URL.Path, "/envelope/") {
		return g.next.RoundTrip(req)
	}
	body, err := g.scrub(req)
	if err != nil {
		g.s.drop(kindEnvelope)
		return nil, err
	}
	r := req.Clone(req.Context())
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.ContentLength = int64(len(body))
	r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	return g.next.RoundTrip(r)
}

// Unwrap returns the wrapped round tripper.
func (g *guard) Unwrap() http.RoundTripper { return g.next }

// scrub reads the request body and returns it with its envelope header
// scrubbed, encoded as it came.
func (g *guard) scrub(req *http.Request) (out []byte, err error) {
	defer func() {
		if recover() != nil {
			out, err = nil, errEnvelope
		}
	}()
	raw, err := readBody(req)
	if err != nil {
		return nil, err
	}
	enc := strings.ToLower(strings.TrimSpace(req.Header.Get("Content-Encoding")))
	body := raw
	switch enc {
	case "", "identity":
	case "gzip":
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, errEnvelope
		}
		if body, err = io.ReadAll(zr); err != nil {
			return nil, errEnvelope
		}
	default:
		return nil, errEnvelope // an encoding we cannot read: fail closed
	}
	scrubbed, changed, ok := g.s.envelopeHeader(body)
	if !ok {
		return nil, errEnvelope
	}
	if !changed {
		return raw, nil
	}
	if enc == "gzip" {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		if _, err := zw.Write(scrubbed); err != nil {
			return nil, errEnvelope
		}
		if err := zw.Close(); err != nil {
			return nil, errEnvelope
		}
		return b.Bytes(), nil
	}
	return scrubbed, nil
}

// readBody reads and closes the request body, in one allocation when the
// length is known (the SDK always sets it).
func readBody(req *http.Request) ([]byte, error) {
	defer req.Body.Close()
	if n := req.ContentLength; n >= 0 && n <= 64<<20 {
		b := make([]byte, n)
		if _, err := io.ReadFull(req.Body, b); err != nil {
			return nil, err
		}
		// Anything past the declared length would be a broken request.
		var one [1]byte
		if m, _ := req.Body.Read(one[:]); m != 0 {
			return nil, errEnvelope
		}
		return b, nil
	}
	return io.ReadAll(req.Body)
}

// safeTraceKeys are the entries of the dynamic sampling context the SDK
// derives from configuration and random IDs.
var safeTraceKeys = map[string]bool{"trace_id": true, "public_key": true, "sample_rate": true,
	"sample_rand": true, "sampled": true, "org_id": true, "release": true, "environment": true,
	"replay_id": true}

// envelopeHeader scrubs the trace context in the header line of an
// envelope. ok is false if the envelope has no header line it can read.
func (s *Scrubber) envelopeHeader(body []byte) (out []byte, changed, ok bool) {
	line, rest, _ := bytes.Cut(body, []byte{'\n'})
	if !bytes.Contains(line, []byte(`"trace"`)) {
		return body, false, true
	}
	var hdr struct {
		Trace map[string]any `json:"trace"`
	}
	if json.Unmarshal(line, &hdr) != nil {
		return nil, false, false
	}
	trace := hdr.Trace
	if trace == nil {
		return body, false, true
	}
	p := pass{s: s}
	for k, v := range trace {
		if safeTraceKeys[k] {
			continue
		}
		str, isStr := v.(string)
		if !isStr {
			trace[k] = p.value(k, v)
			continue
		}
		var nv string
		var drop bool
		if k == "transaction" {
			nv = p.transactionName(str, "")
		} else {
			nv, drop = p.field(k, str)
		}
		if drop {
			delete(trace, k)
		} else {
			trace[k] = nv
		}
	}
	if !p.t.changed {
		return body, false, true
	}
	s.n.add(kindEnvelope, &p.t)
	// Only now decode the whole header, to re-encode it with the trace
	// context replaced.
	var h map[string]json.RawMessage
	if json.Unmarshal(line, &h) != nil {
		return nil, false, false
	}
	b, err := json.Marshal(trace)
	if err != nil {
		return nil, false, false
	}
	h["trace"] = b
	hb, err := json.Marshal(h)
	if err != nil {
		return nil, false, false
	}
	out = make([]byte, 0, len(hb)+1+len(rest))
	out = append(out, hb...)
	out = append(out, '\n')
	out = append(out, rest...)
	return out, true, true
}
